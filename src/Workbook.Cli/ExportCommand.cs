using Humanizer;
using Workbook.Actors.Export;
using Workbook.Claims.Export;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Frames.Export;
using Workbook.Rhetoric.Export;
using Workbook.Sources.Export;
using Workbook.Tone.Export;
using Workbook.Vocabulary;
using Workbook.Vocabulary.Export;

namespace Workbook.Cli;

/// <summary><c>workbook export</c>: writes the corpus tables, keyness (target against reference), document similarity and the claims comparison as CSV files, or as one SQLite database (<c>--format sqlite</c>).</summary>
public static class ExportCommand
{
    /// <summary>Runs the command; returns the exit code. An analysis the corpus has too few documents for is skipped with a note.</summary>
    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var outFolder = arguments.Option("--out") ?? throw new UsageException("export needs --out DIR");
        var wb = CorpusOptions.Open(arguments, CorpusOptions.Corpus(arguments, RepositoryLayout.Find()), stderr);
        var target = arguments.Option("--target") is { } t ? CorpusOptions.Group(wb, "--target", t) : wb.OpEd;
        var reference = arguments.Option("--reference") is { } r ? CorpusOptions.Group(wb, "--reference", r) : wb.Reports;
        var reports = arguments.Option("--reports") is { } selection ? CorpusOptions.Group(wb, "--reports", selection) : null;
        var opEd = arguments.Option("--op-ed") is { } id ? CorpusOptions.DocumentId(wb, "--op-ed", id) : null;
        var files = CorpusCsv.Files(wb.Corpus).ToList();
        IReadOnlyList<CsvFile> Optional(string what, Func<IReadOnlyList<CsvFile>> make)
        {
            try { return make(); }
            catch (InsufficientDocumentsException e)
            {
                stdout.WriteLine($"skipped {what}: {e.Message}");
                return [];
            }
        }
        files.AddRange(Optional("keyness.csv", () => [VocabularyCsv.Keyness(wb.Vocabulary.Keyness(target, reference))]));
        files.Add(VocabularyCsv.Similarity(wb.Vocabulary.Similarity()));
        files.Add(RhetoricCsv.Markers(wb.Rhetoric.Markers()));
        files.Add(SourcesCsv.Quotes(wb.Sources.Quotes()));
        files.Add(ActorsCsv.Mentions(wb.Actors.Mentions()));
        files.Add(FramesCsv.Shares(wb.Frames.Shares()));
        files.Add(ToneCsv.Sentences(wb.Tone.Sentences()));
        files.AddRange(Optional("claims.csv, relations.csv and evidence.csv", () => ClaimCsv.Files(wb.Claims.Compare(opEd, reports))));
        switch (arguments.Option("--format") ?? "csv")
        {
            case "csv":
                foreach (var file in files) file.WriteInto(outFolder);
                stdout.WriteLine($"wrote {"file".ToQuantity(files.Count)} to {outFolder}");
                break;
            case "sqlite":
                var database = SqliteExport.Write(files, outFolder);
                stdout.WriteLine($"wrote {"table".ToQuantity(files.Count)} with full-text search over sentences and paragraphs to {database}");
                break;
            case var other:
                throw new UsageException($"unknown --format \"{other}\" (csv or sqlite)");
        }
        return 0;
    }
}
