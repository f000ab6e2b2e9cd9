using Humanizer;
using Workbook.Export;
using Workbook.Notebooks;

namespace Workbook.Cli;

/// <summary><c>workbook export</c>: writes the corpus tables as CSV files.</summary>
public static class ExportCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout)
    {
        var outFolder = arguments.Option("--out") ?? throw new UsageException("export needs --out DIR");
        var corpus = Corpus(arguments);
        var files = CorpusCsv.Files(corpus);
        foreach (var file in files) AtomicFile.WriteAllText(Path.Combine(outFolder, file.Name), file.Content);
        stdout.WriteLine($"wrote {"file".ToQuantity(files.Count)} to {outFolder}");
        return 0;
    }

    private static Corpus Corpus(Arguments arguments) =>
        CorpusLoader.Load(CorpusOptions.Corpus(arguments, RepositoryLayout.Find()));
}
