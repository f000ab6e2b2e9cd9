using System.CommandLine;

namespace Workbook.Cli;

/// <summary>What a command was given, read from System.CommandLine's parse by option name, so each command validates its own values.</summary>
public sealed class Arguments(ParseResult result)
{
    /// <summary>The command word ("render", "export", …).</summary>
    public string Command => result.CommandResult.Command.Name;

    /// <summary>The value of option <paramref name="name"/> (e.g. "--corpus"), or null when it was not given.</summary>
    public string? Option(string name) => result.GetValue<string>(name);

    /// <summary>True when flag <paramref name="name"/> (e.g. "--no-pictures") was given.</summary>
    public bool Flag(string name) => result.GetValue<bool>(name);

    /// <summary>The value of the positional argument <paramref name="name"/> (e.g. "PATTERN").</summary>
    public string Argument(string name) => result.GetRequiredValue<string>(name);
}
