using System.Globalization;
using Humanizer;
using Workbook.Text;
using Workbook.Vocabulary.Export;

namespace Workbook.Cli;

/// <summary><c>workbook kwic PATTERN</c>: prints every match with its context, and writes kwic.csv with --out.</summary>
public static class KwicCommand
{
    private const int ContextWidth = 40;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var window = 5;
        if (arguments.Option("--window") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window > 1000))
            throw new UsageException($"--window takes a whole number from 0 to 1000, not \"{text}\"");
        var pattern = arguments.Argument("PATTERN");
        if (!pattern.Any(char.IsLetterOrDigit)) throw new UsageException($"the pattern \"{pattern}\" has no words");
        var wb = CorpusOptions.Open(arguments, CorpusOptions.Corpus(arguments, RepositoryLayout.Find()), stderr);
        var rows = wb.Vocabulary.Kwic(pattern, window);
        foreach (var row in rows)
            stdout.WriteLine(TerminalText.Printable(
                $"{row.DocumentId,-8} {row.Position,6}  {TextShortening.ShortenStart(row.Left, ContextWidth),ContextWidth} [{row.Keyword}] {TextShortening.Shorten(row.Right, ContextWidth)}"));
        stdout.WriteLine("match".ToQuantity(rows.Count, "N0"));
        if (arguments.Option("--out") is { } outFolder)
        {
            var file = VocabularyCsv.Kwic(rows);
            file.WriteInto(outFolder, CorpusOptions.TextForm(arguments));
            stdout.WriteLine($"wrote {Path.Combine(outFolder, file.Name)}");
        }
        return 0;
    }
}
