using System.CommandLine;

namespace Workbook.Cli;

/// <summary>The <c>workbook</c> command tree for System.CommandLine: every command, its options and their help.</summary>
public static class CommandLine
{
    /// <summary>The root command; each subcommand's action calls <paramref name="run"/> with its name and what it was given.</summary>
    public static RootCommand Build(Func<string, Arguments, CancellationToken, Task<int>> run)
    {
        var root = new RootCommand("workbook: compare an op-ed's argument with what the reports say");
        Command Add(string name, string summary, params Symbol[] symbols)
        {
            var command = new Command(name, summary);
            foreach (var symbol in symbols)
            {
                if (symbol is Option option) command.Add(option);
                else if (symbol is Argument argument) command.Add(argument);
            }
            command.SetAction((result, cancel) => run(name, new Arguments(result), cancel));
            root.Add(command);
            return command;
        }

        Add("render", "re-render every notebook and the HTML site",
            Corpus(), Value("--out", "DIR", "output folder (required for a corpus other than the repository's seeds)"), MaxFileSize(),
            Flag("--no-pictures", "do not start Chromium; reuse saved pictures only"),
            Flag("--dib", "also write each chapter as a Polyglot Notebooks .dib file beside its .ipynb (cells without outputs)"),
            Flag("--watch", "keep running: re-render when a corpus file changes, and report each rewritten file"),
            Flag("--readme-pictures", "also draw the README's pictures (a chart and a site page) into docs/ with Chromium"));
        Add("export", "export the corpus tables, keyness, similarity, stance markers, quotations, actors, frames, tone and the claims comparison as CSV, or as one SQLite database with full-text search",
            Corpus(), Required(Value("--out", "DIR", "output folder")), MaxFileSize(),
            Value("--format", "csv|sqlite|parquet", "csv (default: one file per table), sqlite (DIR/workbook.db: typed, keyed tables and FTS5 over sentences and paragraphs) or parquet (one typed NAME.parquet per table, for DuckDB, Spark or pandas)"),
            Value("--target", "IDS|KINDS", "keyness target: document ids and/or kinds, comma-separated (default: op-ed)"),
            Value("--reference", "IDS|KINDS", "keyness reference (default: news)"),
            Value("--op-ed", "ID", "the document whose claims are compared (default: claims.json's op-ed, else the first op-ed)"),
            Value("--reports", "IDS|KINDS", "the documents the claims are compared with (default: news)"), RawText());
        Add("bench", "measure the corpus pipeline's throughput on the corpus repeated to a size, then time each analysis once over the corpus",
            Corpus(), Value("--megabytes", "N", "size to repeat the corpus to (default 10.8)"),
            Value("--documents", "N", "instead, time export and render side by side over N small documents made of the corpus's paragraphs"));
        Add("stance", "label headline–body pairs (FNC-1 layout) as agree, disagree, discuss or unrelated, and score them against gold",
            Required(Value("--pairs", "PAIRS.csv", "CSV with Headline and Body ID columns (a Stance column is ignored)")),
            Required(Value("--bodies", "BODIES.csv", "CSV with Body ID and articleBody columns")),
            Required(Value("--out", "PREDICTIONS.csv", "where to write the predictions")),
            Value("--gold", "STANCES.csv", "CSV with a Stance column, row for row with the pairs: prints macro-F1, per-class F1, FNC-1 score, confusion matrix"),
            Value("--record", "SCORES.json", "with --gold, also write the figures as JSON (src/Workbook/Data/fnc1-dev-scores.json is one)"), RawText());
        Add("arguments", "find the argument of every text alone (thesis, claims, stance) and write one row per claim span with its offsets",
            Corpus(), Required(Value("--out", "FILE.csv", "where to write the claims (columns essay, start, end, role, claim_id, argument_role, stance, text)")), MaxFileSize(),
            Value("--body-claims", "topic|conclusion-else-topic|both", "which sentences of a body paragraph are claims: its first (topic), the conclusion its last sentence draws (\"therefore\") else its first (the default), or both"));
        Add("kwic", "print every match of a pattern with its context",
            new Argument<string>("PATTERN") { Description = "words or globs, e.g. \"tax* | deficit\"" },
            Corpus(), MaxFileSize(),
            Value("--window", "N", "tokens of context either side (default 5)"),
            Value("--out", "DIR", "also write kwic.csv into this folder"), RawText());
        return root;
    }

    private static Option<string> Corpus() => Value("--corpus", "DIR", "corpus folder (default: the repository's seeds/)");

    private static Option<bool> RawText() => Flag("--raw-text",
        "write CSV text fields exactly as in the corpus; by default a field beginning with = + - @ tab CR or ' gets one ' before it, so spreadsheets never run it as a formula");

    private static Option<string> MaxFileSize() => Value("--max-file-size", "MB", "largest corpus file read, in MB (default 100)");

    private static Option<string> Value(string name, string helpName, string description) =>
        new(name) { Description = description, HelpName = helpName };

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    private static Option<string> Required(Option<string> option)
    {
        option.Required = true;
        return option;
    }
}
