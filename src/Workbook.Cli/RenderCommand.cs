using System.Diagnostics;
using Humanizer;
using Workbook.Chapters;
using Workbook.Corpora;
using Workbook.Display;
using Workbook.Notebooks;

namespace Workbook.Cli;

/// <summary><c>workbook render</c>: runs every chapter and writes the notebooks and the HTML site.</summary>
public static class RenderCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var layout = RepositoryLayout.Find();
        var corpus = CorpusOptions.Corpus(arguments, layout);
        var outFolder = arguments.Option("--out");
        if (outFolder is null && !CorpusOptions.IsRepositorySeeds(corpus, layout))
            throw new UsageException("give --out DIR when rendering a corpus other than the repository's seeds (the repository's notebooks are never overwritten)");
        var notebooks = outFolder is null ? layout!.Notebooks : Path.Combine(Path.GetFullPath(outFolder), "notebooks");
        var site = outFolder is null ? layout!.Site : Path.Combine(Path.GetFullPath(outFolder), "site");
        var library = layout?.Library ?? Path.Combine(AppContext.BaseDirectory, "Workbook.dll");
        var plotly = File.Exists(RepositoryLayout.PlotlyScript) ? RepositoryLayout.PlotlyScript : null;

        stderr.WriteLine($"rendering {corpus}");
        var wb = CorpusOptions.Open(arguments, corpus, stderr);
        var pictures = Pictures(notebooks, plotly, arguments.Flag("--no-pictures"), stderr);
        var settings = new RenderSettings(notebooks, site, library, plotly);
        var report = WorkbookRenderer.Render(wb, ChapterCatalog.All, settings, pictures, new SynchronousProgress(stderr));

        if (plotly is null) stderr.WriteLine("note: plotly.min.js was not found beside the command, so site pages load plotly.js from its CDN");
        if (report.MissingPictures > 0)
            stderr.WriteLine($"note: {"chart".ToQuantity(report.MissingPictures)} saved without a static picture (Chromium not used); readers without JavaScript will not see them");
        stdout.WriteLine($"rendered {"notebook".ToQuantity(report.Notebooks.Count)} and the site ({"file".ToQuantity(report.Files.Count)}) in {clock.Elapsed.Humanize(2)}");
        return 0;
    }

    private static IPictureSource Pictures(string notebooks, string? plotly, bool noPictures, TextWriter stderr)
    {
        var saved = new SavedPictures(notebooks);
        if (noPictures || plotly is null) return saved;
        var chromium = HeadlessChromium.Find();
        if (chromium is null) return saved;
        return new ChainedPictures(saved, new ReportingPictures(new ChromiumPictures(chromium, plotly), stderr));
    }

    private sealed class ReportingPictures(IPictureSource inner, TextWriter stderr) : IPictureSource
    {
        public IReadOnlyDictionary<string, byte[]> Pictures(IReadOnlyList<PictureRequest> requests)
        {
            if (requests.Count == 0) return new Dictionary<string, byte[]>();
            stderr.WriteLine($"  drawing {"picture".ToQuantity(requests.Count)} with Chromium");
            return inner.Pictures(requests);
        }
    }

    private sealed class SynchronousProgress(TextWriter stderr) : IProgress<string>
    {
        public void Report(string value) => stderr.WriteLine($"  {value}");
    }
}
