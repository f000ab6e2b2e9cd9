using Humanizer;
using Workbook.Claims.Export;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Files;
using Workbook.Vocabulary;
using Workbook.Vocabulary.Export;

namespace Workbook.Cli;

/// <summary><c>workbook export</c>: writes the corpus tables, keyness (target against reference), document similarity and the claims comparison as CSV files.</summary>
public static class ExportCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout)
    {
        var outFolder = arguments.Option("--out") ?? throw new UsageException("export needs --out DIR");
        var wb = CorpusWorkbook.Open(CorpusOptions.Corpus(arguments, RepositoryLayout.Find()));
        var target = arguments.Option("--target") is { } t ? wb.Group(t) : wb.OpEd;
        var reference = arguments.Option("--reference") is { } r ? wb.Group(r) : wb.Reports;
        var reports = arguments.Option("--reports") is { } selection ? wb.Group(selection) : null;
        var files = CorpusCsv.Files(wb.Corpus)
            .Append(VocabularyCsv.Keyness(wb.Vocabulary.Keyness(target, reference)))
            .Append(VocabularyCsv.Similarity(wb.Vocabulary.Similarity()))
            .Concat(ClaimCsv.Files(wb.Claims.Compare(arguments.Option("--op-ed"), reports)))
            .ToList();
        foreach (var file in files) AtomicFile.WriteAllText(Path.Combine(outFolder, file.Name), file.Content);
        stdout.WriteLine($"wrote {"file".ToQuantity(files.Count)} to {outFolder}");
        return 0;
    }
}
