namespace Workbook.Cli;

/// <summary>The <c>workbook</c> command: dispatches to render and export, prints help, and turns failures into messages and exit codes.</summary>
public static class WorkbookCommand
{
    /// <summary>Exit code for a wrong command line.</summary>
    public const int UsageError = 2;
    /// <summary>Exit code for bad corpus input.</summary>
    public const int InputError = 3;
    /// <summary>Exit code for any other failure.</summary>
    public const int Failure = 1;

    private static readonly Dictionary<string, string> CorpusAndOut = new()
    {
        ["--corpus"] = "corpus folder (default: the repository's seeds/)",
        ["--out"] = "output folder",
    };

    /// <summary>Every command and what it accepts.</summary>
    public static IReadOnlyDictionary<string, CommandSpec> Commands { get; } = new Dictionary<string, CommandSpec>
    {
        ["render"] = new("re-render every notebook and the HTML site",
            "workbook render [--corpus DIR] [--out DIR] [--no-pictures]",
            CorpusAndOut,
            new Dictionary<string, string> { ["--no-pictures"] = "do not start Chromium; reuse saved pictures only" }),
        ["export"] = new("export the corpus tables as CSV",
            "workbook export --out DIR [--corpus DIR]",
            CorpusAndOut,
            new Dictionary<string, string>()),
    };

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var arguments = Arguments.Parse(args, Commands);
            if (arguments.Command == "help") { stdout.WriteLine(Help()); return 0; }
            if (arguments.WantsHelp) { stdout.WriteLine(Commands[arguments.Command].Help(arguments.Command)); return 0; }
            if (arguments.Positionals.Count > 0) throw new UsageException($"{arguments.Command} takes no argument \"{arguments.Positionals[0]}\"");
            return arguments.Command switch
            {
                "render" => RenderCommand.Run(arguments, stdout, stderr),
                "export" => ExportCommand.Run(arguments, stdout),
                _ => throw new UsageException($"unknown command \"{arguments.Command}\""),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"workbook: {e.Message}");
            return UsageError;
        }
        catch (CorpusException e)
        {
            stderr.WriteLine($"workbook: {e.Message}");
            return InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            stderr.WriteLine($"workbook: {e.Message}");
            return Failure;
        }
    }

    private static string Help() =>
        "workbook: compare an op-ed's argument with what the reports say\n\nusage: workbook COMMAND [options]\n\ncommands:\n"
        + string.Join("\n", Commands.Select(c => $"  {c.Key,-10}{c.Value.Summary}"))
        + "\n\nworkbook COMMAND --help shows a command's options.";
}
