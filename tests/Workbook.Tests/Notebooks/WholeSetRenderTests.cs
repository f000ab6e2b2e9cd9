using Workbook.Chapters;
using Workbook.Notebooks;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

/// <summary>A render replaces the notebooks and the site as one set, or leaves the earlier set as it was.</summary>
[Collection(FormatterCollection.Name)]
public class WholeSetRenderTests
{
    private sealed class FailingChapter : IChapter
    {
        public string Name => "99-failing";
        public string Title => "Fails";
        public void Write(NotebookBuilder nb, CorpusWorkbook wb) => nb.Code(() => throw new InvalidOperationException("injected failure"));
    }

    private static (TempFolder Corpus, TempFolder Output, RenderSettings Settings) Setup()
    {
        var corpus = new TempFolder();
        corpus.Write("a.txt", "Officials need consent. They will wait for approval.\n");
        corpus.Write("b.txt", "Critics say no veto exists. Troops will go.\n");
        var output = new TempFolder();
        var settings = new RenderSettings(Path.Combine(output.Path, "notebooks"), Path.Combine(output.Path, "site"), "Workbook.dll", null);
        return (corpus, output, settings);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void A_failure_midway_leaves_the_earlier_set_whole_and_no_staging_behind()
    {
        var (corpus, output, settings) = Setup();
        using (corpus) using (output)
        {
            var wb = CorpusWorkbook.Open(corpus.Path);
            WorkbookRenderer.Render(wb, ChapterCatalog.All, settings, new SavedPictures(settings.NotebookFolder));
            var before = Snapshot(output.Path);
            Assert.Equal(ChapterCatalog.All.Count * 2 + 2, before.Count); // notebooks, their pages, compare.html, index.html
            corpus.Write("a.txt", "Officials changed their minds entirely. Nothing else.\n");
            var changed = CorpusWorkbook.Open(corpus.Path);
            var e = Assert.Throws<InvalidOperationException>(() => WorkbookRenderer.Render(changed, [.. ChapterCatalog.All, new FailingChapter()], settings, new SavedPictures(settings.NotebookFolder)));
            Assert.Contains("injected failure", e.Message);
            Assert.Equal(before, Snapshot(output.Path));
            Assert.Equal(["notebooks", "site"], Directory.GetDirectories(output.Path).Select(Path.GetFileName).Order());
        }
    }

    [Fact]
    public void A_failure_while_writing_the_site_leaves_the_notebooks_untouched()
    {
        var (corpus, output, settings) = Setup();
        using (corpus) using (output)
        {
            var wb = CorpusWorkbook.Open(corpus.Path);
            WorkbookRenderer.Render(wb, ChapterCatalog.All, settings, new SavedPictures(settings.NotebookFolder));
            var notebooks = Snapshot(settings.NotebookFolder);
            corpus.Write("a.txt", "Officials changed their minds entirely. Nothing else.\n");
            Directory.Delete(settings.SiteFolder, recursive: true);
            File.WriteAllText(settings.SiteFolder, "a file where the site's folder should be");
            Assert.ThrowsAny<IOException>(() => WorkbookRenderer.Render(CorpusWorkbook.Open(corpus.Path), ChapterCatalog.All, settings, new SavedPictures(settings.NotebookFolder)));
            Assert.Equal(notebooks, Snapshot(settings.NotebookFolder));
            Assert.DoesNotContain(Directory.GetFileSystemEntries(output.Path), p => Path.GetFileName(p).Contains("staging", StringComparison.Ordinal));
        }
    }
}
