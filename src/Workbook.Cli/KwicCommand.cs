using System.Globalization;
using Humanizer;
using Workbook.Export;
using Workbook.Notebooks;

namespace Workbook.Cli;

/// <summary><c>workbook kwic PATTERN</c>: prints every match with its context, and writes kwic.csv with --out.</summary>
public static class KwicCommand
{
    private const int ContextWidth = 40;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout)
    {
        if (arguments.Positionals.Count != 1) throw new UsageException("kwic needs exactly one PATTERN, e.g. workbook kwic \"consen* | veto\"");
        var window = 5;
        if (arguments.Option("--window") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window > 1000))
            throw new UsageException($"--window takes a whole number from 0 to 1000, not \"{text}\"");
        var wb = CorpusWorkbook.Open(CorpusOptions.Corpus(arguments, RepositoryLayout.Find()));
        var rows = wb.Kwic(arguments.Positionals[0], window);
        foreach (var row in rows)
            stdout.WriteLine($"{row.DocumentId,-8} {row.Position,6}  {Cut(row.Left, fromEnd: true),ContextWidth} [{row.Keyword}] {Cut(row.Right, fromEnd: false)}");
        stdout.WriteLine("match".ToQuantity(rows.Count, "N0"));
        if (arguments.Option("--out") is { } outFolder)
        {
            var file = VocabularyCsv.Kwic(rows);
            AtomicFile.WriteAllText(Path.Combine(outFolder, file.Name), file.Content);
            stdout.WriteLine($"wrote {Path.Combine(outFolder, file.Name)}");
        }
        return 0;
    }

    private static string Cut(string text, bool fromEnd) =>
        text.Length <= ContextWidth ? text : fromEnd ? "…" + text[^(ContextWidth - 1)..] : text[..(ContextWidth - 1)] + "…";
}
