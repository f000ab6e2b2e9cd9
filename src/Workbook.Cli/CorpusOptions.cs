using System.Globalization;
using Workbook.Corpora;
using Workbook.Export;

namespace Workbook.Cli;

/// <summary>The options every corpus command shares: which corpus, within which limits, and document selections.</summary>
public static class CorpusOptions
{
    /// <summary>The corpus folder: --corpus, else the repository's seeds.</summary>
    public static string Corpus(Arguments arguments, RepositoryLayout? layout) =>
        Path.GetFullPath(arguments.Option("--corpus") ?? layout?.Seeds
            ?? throw new UsageException("not inside the Workbook repository: give --corpus DIR"));

    /// <summary>
    /// The --out folder, refused when it is the corpus folder itself: outputs would mix with the analyst's texts, and a
    /// later run or --watch would read them back.
    /// </summary>
    public static string? OutFolder(Arguments arguments, string corpus)
    {
        if (arguments.Option("--out") is not { } output) return null;
        return SameFolder(Path.GetFullPath(output), corpus)
            ? throw new UsageException($"--out {output} is the corpus folder itself; give another folder, so outputs never mix with the texts")
            : output;
    }

    /// <summary>True when <paramref name="corpus"/> is the repository's own seeds folder.</summary>
    public static bool IsRepositorySeeds(string corpus, RepositoryLayout? layout) =>
        layout is not null && SameFolder(corpus, Path.GetFullPath(layout.Seeds));

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    /// <summary>Opens <paramref name="corpus"/> within the limits the options give, and writes what loading noticed to <paramref name="stderr"/>.</summary>
    public static CorpusWorkbook Open(Arguments arguments, string corpus, TextWriter stderr)
    {
        var wb = CorpusWorkbook.Open(corpus, Limits(arguments));
        foreach (var warning in wb.Corpus.Warnings) stderr.WriteLine($"warning: {warning}");
        return wb;
    }

    /// <summary>The documents <paramref name="selector"/> names; a selector that names none is a usage error.</summary>
    public static DocumentGroup Group(CorpusWorkbook wb, string option, string selector)
    {
        try { return wb.Group(selector); }
        catch (ArgumentException e) { throw new UsageException($"{option}: {e.Message}"); }
    }

    /// <summary>The document with id <paramref name="id"/>; an unknown id is a usage error.</summary>
    public static string DocumentId(CorpusWorkbook wb, string option, string id) => wb.Corpus.Contains(id)
        ? id
        : throw new UsageException($"{option}: no document with id \"{id}\" (ids: {string.Join(", ", wb.Corpus.Documents.Select(d => d.Id))})");

    /// <summary>How CSV text fields are written: raw with <c>--raw-text</c>, else safe for spreadsheets.</summary>
    public static CsvTextForm TextForm(Arguments arguments) => arguments.Flag("--raw-text") ? CsvTextForm.Raw : CsvTextForm.Spreadsheet;

    private static LoadSettings Limits(Arguments arguments)
    {
        if (arguments.Option("--max-file-size") is not { } text) return LoadSettings.Default;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var megabytes) && megabytes is > 0 and <= 100_000
            ? new LoadSettings((long)(megabytes * 1_000_000))
            : throw new UsageException($"--max-file-size takes a number of megabytes from 0 to 100000, not \"{text}\"");
    }
}
