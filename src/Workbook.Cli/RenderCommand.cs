using System.Diagnostics;
using Humanizer;
using Workbook.Chapters;
using Workbook.Display;
using Workbook.Files;
using Workbook.Notebooks;

namespace Workbook.Cli;

/// <summary><c>workbook render</c>: runs every chapter and writes the notebooks and the HTML site; with <c>--watch</c>, keeps them up to date as the corpus changes.</summary>
public static class RenderCommand
{
    /// <summary>Runs the command; returns the exit code. A watch ends cleanly, with 0, when <paramref name="cancel"/> fires.</summary>
    public static int Run(Arguments arguments, Terminal terminal, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var layout = RepositoryLayout.Find();
        var corpus = CorpusOptions.Corpus(arguments, layout);
        var outFolder = CorpusOptions.OutFolder(arguments, corpus);
        if (outFolder is null && !CorpusOptions.IsRepositorySeeds(corpus, layout))
            throw new UsageException("give --out DIR when rendering a corpus other than the repository's seeds (the repository's notebooks are never overwritten)");
        var notebooks = outFolder is null ? layout!.Notebooks : Path.Combine(Path.GetFullPath(outFolder), "notebooks");
        var site = outFolder is null ? layout!.Site : Path.Combine(Path.GetFullPath(outFolder), "site");
        var library = layout?.Library ?? Path.Combine(AppContext.BaseDirectory, "Workbook.dll");
        var plotly = File.Exists(RepositoryLayout.PlotlyScript) ? RepositoryLayout.PlotlyScript : null;
        var settings = new RenderSettings(notebooks, site, library, plotly, arguments.Flag("--dib"));
        var noPictures = arguments.Flag("--no-pictures");

        terminal.Progress($"rendering {corpus}");
        if (ChapterCatalog.All.Any(c => c.PackageAssemblies.Contains("Plotly.NET.dll"))) _ = Task.Run(PlotlyNetCharts.WarmUp); // while the corpus loads
        var wb = CorpusOptions.Open(arguments, corpus, terminal.Error);
        var report = WorkbookRenderer.Render(wb, ChapterCatalog.All, settings, Pictures(notebooks, plotly, noPictures, terminal), new ProgressLines(terminal), cancel);

        if (plotly is null) terminal.Error.WriteLine("note: plotly.min.js was not found beside the command, so site pages load plotly.js from its CDN");
        if (report.MissingPictures > 0)
            terminal.Error.WriteLine($"note: {"chart".ToQuantity(report.MissingPictures)} saved without a static picture (Chromium not used); readers without JavaScript will not see them");
        terminal.Out.WriteLine($"rendered {"notebook".ToQuantity(report.Notebooks.Count)} and the site ({"file".ToQuantity(report.Files.Count)}) in {clock.Elapsed.Humanize(2)}");
        if (arguments.Flag("--readme-pictures"))
        {
            var docs = outFolder is null ? layout!.Docs : Path.Combine(Path.GetFullPath(outFolder), "docs");
            WriteReadmePictures(report.Notebooks, site, docs);
            terminal.Out.WriteLine($"drew the README's pictures into {docs}");
        }
        if (!arguments.Flag("--watch")) return 0;

        terminal.Out.WriteLine($"watching {corpus} (Ctrl+C stops)");
        CorpusWatch.Run(corpus, [notebooks, site], changed =>
        {
            var took = Stopwatch.StartNew();
            try
            {
                var update = WorkbookRenderer.Update(CorpusOptions.Open(arguments, corpus, terminal.Error), ChapterCatalog.All, settings,
                    Pictures(notebooks, plotly, noPictures, terminal), new ProgressLines(terminal));
                var files = update.Files.Select(f => Path.GetRelativePath(Path.GetDirectoryName(notebooks)!, f)).ToList();
                terminal.Out.WriteLine(files.Count == 0
                    ? $"{changed} changed: no notebook or page changed ({took.Elapsed.Humanize()})"
                    : $"{changed} changed: rewrote {string.Join(", ", files)} ({took.Elapsed.Humanize()})");
            }
            catch (Exception e) when (e is CorpusException or IOException or UnauthorizedAccessException)
            {
                terminal.Out.WriteLine($"{changed} changed: not rendered, {e.Message}");
            }
        }, cancel);
        return 0;
    }

    private static void WriteReadmePictures(IReadOnlyList<Notebook> notebooks, string site, string docs)
    {
        var chromium = HeadlessChromium.Find() ?? throw new InvalidOperationException("--readme-pictures needs Chromium (apt-get install --no-install-recommends chromium)");
        var chart = ReadmePictures.Chart(notebooks).Picture
            ?? throw new InvalidOperationException($"the chart of {ReadmePictures.ChartChapter} has no picture; render without --no-pictures first");
        var page = HeadlessChromium.Screenshot(chromium, Path.Combine(site, ReadmePictures.PageChapter + ".html"),
            ReadmePictures.PageSize.Width, ReadmePictures.PageSize.Height, TimeSpan.FromSeconds(60));
        var compare = HeadlessChromium.Screenshot(chromium, Path.Combine(site, SiteWriter.ComparePage),
            ReadmePictures.CompareSize.Width, ReadmePictures.CompareSize.Height, TimeSpan.FromSeconds(60));
        AtomicFile.WriteAllBytes(Path.Combine(docs, ReadmePictures.ChartFile), chart);
        AtomicFile.WriteAllBytes(Path.Combine(docs, ReadmePictures.CompareFile), compare);
        AtomicFile.WriteAllBytes(Path.Combine(docs, ReadmePictures.PageFile), page);
        AtomicFile.WriteAllText(Path.Combine(docs, ReadmePictures.ManifestFile), ReadmePictures.Manifest(notebooks));
    }

    private static IPictureSource Pictures(string notebooks, string? plotly, bool noPictures, Terminal terminal)
    {
        var saved = new SavedPictures(notebooks);
        if (noPictures || plotly is null) return saved;
        var chromium = HeadlessChromium.Find();
        if (chromium is null) return saved;
        return new ChainedPictures(saved, new ReportingPictures(new ChromiumPictures(chromium, plotly), terminal));
    }

    private sealed class ReportingPictures(IPictureSource inner, Terminal terminal) : IPictureSource
    {
        public IReadOnlyDictionary<string, byte[]> Pictures(IReadOnlyList<PictureRequest> requests)
        {
            if (requests.Count == 0) return new Dictionary<string, byte[]>();
            terminal.Progress($"  drawing {"picture".ToQuantity(requests.Count)} with Chromium");
            return inner.Pictures(requests);
        }
    }

    private sealed class ProgressLines(Terminal terminal) : IProgress<string>
    {
        public void Report(string value) => terminal.Progress($"  {value}");
    }
}
