namespace Workbook.Cli;

/// <summary>A parsed command line: the command, its <c>--name value</c> options, its flags and its positional words.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private Arguments(string command) => Command = command;

    /// <summary>The command word ("render", "export", …), or "help".</summary>
    public string Command { get; }

    /// <summary>Words that are not options.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>True when --help or -h was given.</summary>
    public bool WantsHelp => _flags.Contains("--help");

    /// <summary>Parses <paramref name="args"/>; <paramref name="spec"/> names, per command, which options take values and which are flags.</summary>
    public static Arguments Parse(string[] args, IReadOnlyDictionary<string, CommandSpec> spec)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help") return new Arguments("help");
        var command = args[0];
        if (!spec.TryGetValue(command, out var commandSpec)) throw new UsageException($"unknown command \"{command}\" (commands: {string.Join(", ", spec.Keys)})");
        var parsed = new Arguments(command);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i] == "-h" ? "--help" : args[i];
            if (arg == "--help" || commandSpec.Flags.ContainsKey(arg)) { parsed._flags.Add(arg); continue; }
            if (commandSpec.Options.ContainsKey(arg))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"{arg} needs a value");
                parsed._options[arg] = args[++i];
                continue;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"{command} has no option {arg}; see workbook {command} --help");
            parsed.Positionals.Add(arg);
        }
        return parsed;
    }

    /// <summary>The value of option <paramref name="name"/>, or null.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>True when flag <paramref name="name"/> was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);
}
