using Humanizer;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Files;

namespace Workbook.Cli;

/// <summary><c>workbook export</c>: writes the corpus tables, keyness (target against reference), document similarity and the claims comparison as CSV files, or as one SQLite database (<c>--format sqlite</c>).</summary>
public static class ExportCommand
{
    /// <summary>Runs the command; returns the exit code. An analysis the corpus has too few documents for is skipped with a note.</summary>
    public static int Run(Arguments arguments, Terminal terminal, CancellationToken cancel)
    {
        var stdout = terminal.Out;
        var corpus = CorpusOptions.Corpus(arguments, RepositoryLayout.Find());
        var outFolder = CorpusOptions.OutFolder(arguments, corpus) ?? throw new UsageException("export needs --out DIR");
        terminal.Progress($"reading {corpus}");
        var wb = CorpusOptions.Open(arguments, corpus, terminal.Error);
        var target = arguments.Option("--target") is { } t ? CorpusOptions.Group(wb, "--target", t) : wb.OpEd;
        var reference = arguments.Option("--reference") is { } r ? CorpusOptions.Group(wb, "--reference", r) : wb.Reports;
        if (target.Documents.FirstOrDefault(d => reference.Contains(d.Id)) is { } shared)
            throw new UsageException($"--target and --reference share document \"{shared.Id}\"; keyness compares two groups without a document in common");
        var reports = arguments.Option("--reports") is { } selection ? CorpusOptions.Group(wb, "--reports", selection) : null;
        var opEd = arguments.Option("--op-ed") is { } id ? CorpusOptions.DocumentId(wb, "--op-ed", id) : null;
        var format = arguments.Option("--format") ?? "csv";
        if (format is not ("csv" or "sqlite" or "parquet")) throw new UsageException($"unknown --format \"{format}\" (csv, sqlite or parquet)");
        terminal.Progress($"  {"document".ToQuantity(wb.Corpus.Documents.Count)} read; computing the analyses");
        var analyses = Analyses(wb, new ExportScope(target, reference, opEd, reports), stdout);
        stdout.WriteLine(format switch
        {
            "sqlite" => WriteDatabase(wb.Corpus, analyses, outFolder, terminal, cancel),
            "parquet" => WriteParquet(wb.Corpus, analyses, outFolder, terminal, cancel),
            _ => WriteFiles(wb.Corpus, analyses, outFolder, CorpusOptions.TextForm(arguments), terminal, cancel),
        });
        return 0;
    }

    /// <summary>Every family's export declaration in the library, by the facade type it exports.</summary>
    private static readonly IReadOnlyDictionary<Type, IFamilyExport> Exports = typeof(CorpusWorkbook).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IFamilyExport).IsAssignableFrom(t))
        .Select(t => (IFamilyExport)Activator.CreateInstance(t)!).ToDictionary(e => e.Family);

    /// <summary>
    /// The analyses export writes, in order: each family's (<see cref="CorpusWorkbook.FamilyProperties"/>' order), each making
    /// its files when called. One the corpus has too few documents for writes a note to <paramref name="notes"/> and makes none.
    /// </summary>
    /// <exception cref="InvalidOperationException">A family declares no export (a test fails first).</exception>
    internal static IReadOnlyList<ExportAnalysis> Analyses(CorpusWorkbook wb, ExportScope scope, TextWriter notes) => wb.Families
        .SelectMany(family => (Exports.GetValueOrDefault(family.GetType()) ?? throw new InvalidOperationException($"{family.GetType().Name} declares no export"))
            .Analyses(family, scope))
        .Select(analysis => analysis.SkippableFiles.Count == 0 ? analysis : analysis with { Make = () =>
        {
            try { return analysis.Make(); }
            catch (InsufficientDocumentsException e)
            {
                notes.WriteLine($"skipped {string.Join(" and ", analysis.SkippableFiles)}: {e.Message} (an earlier export's file of that name in the output folder is removed)");
                return [];
            }
        } })
        .ToList();

    /// <summary>The files an analysis skips when the corpus has too few documents; an earlier export's namesakes are removed then, so the folder never mixes two runs.</summary>
    private static IReadOnlyList<string> SkippableFiles(IReadOnlyList<ExportAnalysis> analyses) => analyses.SelectMany(a => a.SkippableFiles).ToList();

    /// <summary>Computes every analysis, then writes all tables into one SQLite database; returns the line to print.</summary>
    private static string WriteDatabase(Corpus corpus, IReadOnlyList<ExportAnalysis> analyses, string outFolder, Terminal terminal, CancellationToken cancel)
    {
        var files = AllTables(corpus, analyses, terminal, cancel);
        var database = SqliteExport.Write(files, outFolder, cancel);
        return $"wrote {"table".ToQuantity(files.Count)} with full-text search over sentences and paragraphs to {database}";
    }

    /// <summary>Computes every analysis, then writes each table as a Parquet file; returns the line to print.</summary>
    private static string WriteParquet(Corpus corpus, IReadOnlyList<ExportAnalysis> analyses, string outFolder, Terminal terminal, CancellationToken cancel)
    {
        var files = AllTables(corpus, analyses, terminal, cancel);
        ParquetExport.Write(files, outFolder, SkippableFiles(analyses), cancel);
        return $"wrote {"Parquet file".ToQuantity(files.Count)} to {outFolder}";
    }

    private static List<CsvFile> AllTables(Corpus corpus, IReadOnlyList<ExportAnalysis> analyses, Terminal terminal, CancellationToken cancel)
    {
        var files = CorpusCsv.Files(corpus).ToList();
        foreach (var (name, make, _) in analyses)
        {
            cancel.ThrowIfCancellationRequested();
            terminal.Progress($"  {name}");
            files.AddRange(make());
        }
        terminal.Progress("  writing");
        return files;
    }

    /// <summary>
    /// Writes the corpus tables on another core while the analyses run, and each analysis's files as soon as it is done;
    /// everything goes to a staging folder and moves into place only when all of it is written. Returns the line to print.
    /// </summary>
    internal static string WriteFiles(Corpus corpus, IReadOnlyList<ExportAnalysis> analyses, string outFolder, CsvTextForm form, Terminal terminal, CancellationToken cancel)
    {
        using var staged = new StagedWrite();
        var staging = staged.Folder(outFolder, replaces: SkippableFiles(analyses));
        var corpusFiles = CorpusCsv.Files(corpus);
        var writingCorpus = Task.Run(() =>
        {
            foreach (var file in corpusFiles) file.WriteInto(staging, form);
        });
        var written = corpusFiles.Count;
        try
        {
            foreach (var (name, make, _) in analyses)
            {
                cancel.ThrowIfCancellationRequested();
                terminal.Progress($"  {name}");
                foreach (var file in make())
                {
                    file.WriteInto(staging, form);
                    written++;
                }
            }
        }
        catch
        {
            try { writingCorpus.Wait(); }
            catch (AggregateException) { }
            throw;
        }
        terminal.Progress("  writing the corpus tables");
        writingCorpus.GetAwaiter().GetResult();
        cancel.ThrowIfCancellationRequested();
        staged.Commit();
        return $"wrote {"file".ToQuantity(written)} to {outFolder}";
    }
}
