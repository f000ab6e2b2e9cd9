using Workbook.Files;

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
        ["--max-file-size"] = "largest corpus file read, in MB (default 100)",
    };

    /// <summary>Every command and what it accepts.</summary>
    public static IReadOnlyDictionary<string, CommandSpec> Commands { get; } = new Dictionary<string, CommandSpec>
    {
        ["render"] = new("re-render every notebook and the HTML site",
            "workbook render [--corpus DIR] [--out DIR] [--no-pictures]",
            CorpusAndOut,
            new Dictionary<string, string> { ["--no-pictures"] = "do not start Chromium; reuse saved pictures only" }),
        ["export"] = new("export the corpus tables, keyness, similarity, stance markers, quotations, actors, frames, tone and the claims comparison as CSV, or as one SQLite database with full-text search",
            "workbook export --out DIR [--format csv|sqlite] [--corpus DIR] [--target IDS|KINDS] [--reference IDS|KINDS] [--op-ed ID] [--reports IDS|KINDS]",
            new Dictionary<string, string>(CorpusAndOut)
            {
                ["--target"] = "keyness target: document ids and/or kinds, comma-separated (default: op-ed)",
                ["--reference"] = "keyness reference (default: news)",
                ["--op-ed"] = "the document whose claims are compared (default: claims.json's op-ed, else the first op-ed)",
                ["--reports"] = "the documents the claims are compared with (default: news)",
                ["--format"] = "csv (default: one file per table) or sqlite (DIR/workbook.db: typed, keyed tables and FTS5 over sentences and paragraphs)",
            },
            new Dictionary<string, string>()),
        ["bench"] = new("measure the corpus pipeline's throughput on the corpus repeated to a size",
            "workbook bench [--megabytes N] [--corpus DIR]",
            new Dictionary<string, string>
            {
                ["--corpus"] = "corpus folder (default: the repository's seeds/)",
                ["--megabytes"] = "size to repeat the corpus to (default 10.8)",
            },
            new Dictionary<string, string>()),
        ["stance"] = new("label headline–body pairs (FNC-1 layout) as agree, disagree, discuss or unrelated, and score them against gold",
            "workbook stance --pairs PAIRS.csv --bodies BODIES.csv --out PREDICTIONS.csv [--gold STANCES.csv [--record SCORES.json]]",
            new Dictionary<string, string>
            {
                ["--pairs"] = "CSV with Headline and Body ID columns (a Stance column is ignored)",
                ["--bodies"] = "CSV with Body ID and articleBody columns",
                ["--out"] = "where to write the predictions",
                ["--gold"] = "CSV with a Stance column, row for row with the pairs: prints macro-F1, per-class F1, FNC-1 score, confusion matrix",
                ["--record"] = "with --gold, also write the figures as JSON (src/Workbook/Data/fnc1-dev-scores.json is one)",
            },
            new Dictionary<string, string>()),
        ["kwic"] = new("print every match of a pattern with its context",
            "workbook kwic PATTERN [--window N] [--corpus DIR] [--out DIR]",
            new Dictionary<string, string>(CorpusAndOut)
            {
                ["--window"] = "tokens of context either side (default 5)",
                ["--out"] = "also write kwic.csv into this folder",
            },
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
            return arguments.Command switch
            {
                "render" => RenderCommand.Run(NoPositionals(arguments), stdout, stderr),
                "export" => ExportCommand.Run(NoPositionals(arguments), stdout, stderr),
                "kwic" => KwicCommand.Run(arguments, stdout, stderr),
                "bench" => BenchCommand.Run(NoPositionals(arguments), stdout),
                "stance" => StanceCommand.Run(NoPositionals(arguments), stdout),
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            stderr.WriteLine($"workbook: {e.Message}");
            return Failure;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            stderr.WriteLine($"workbook: internal error, please report it with the command and corpus that caused it: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    private static Arguments NoPositionals(Arguments arguments) => arguments.Positionals.Count == 0
        ? arguments
        : throw new UsageException($"{arguments.Command} takes no argument \"{arguments.Positionals[0]}\"");

    private static string Help() =>
        "workbook: compare an op-ed's argument with what the reports say\n\nusage: workbook COMMAND [options]\n\ncommands:\n"
        + string.Join("\n", Commands.Select(c => $"  {c.Key,-10}{c.Value.Summary}"))
        + "\n\nworkbook COMMAND --help shows a command's options.";
}
