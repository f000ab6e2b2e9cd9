using System.Text.Json;
using Workbook.Notebooks;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

/// <summary>The README's pictures (docs/) are what render draws today, checked like the notebooks: by the keys of what they were made from.</summary>
[Collection(FormatterCollection.Name)]
public class ReadmePictureTests
{
    private static readonly string Docs = Path.Combine(Repository.Root, "docs");

    private static IReadOnlyList<Notebook> RenderFresh() => SeedRender.Notebooks(out _);

    [Fact]
    public void The_readme_pictures_match_what_render_draws_today()
    {
        var notebooks = RenderFresh();
        const string redraw = "run the README's render command with --readme-pictures and commit docs/";
        Assert.True(File.ReadAllText(Path.Combine(Docs, ReadmePictures.ManifestFile)) == ReadmePictures.Manifest(notebooks), $"docs/{ReadmePictures.ManifestFile} is stale: {redraw}");
        Assert.True(File.ReadAllBytes(Path.Combine(Docs, ReadmePictures.ChartFile)).AsSpan().SequenceEqual(ReadmePictures.Chart(notebooks).Picture),
            $"docs/{ReadmePictures.ChartFile} is not the chart the notebooks save: {redraw}");
        var page = File.ReadAllBytes(Path.Combine(Docs, ReadmePictures.PageFile));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, page[..4]);
        Assert.Equal((ReadmePictures.PageSize.Width, ReadmePictures.PageSize.Height), PngSize(page));
        var compare = File.ReadAllBytes(Path.Combine(Docs, ReadmePictures.CompareFile));
        Assert.Equal((ReadmePictures.CompareSize.Width, ReadmePictures.CompareSize.Height), PngSize(compare));
    }

    [Fact]
    public void The_readme_shows_its_pictures_at_the_top()
    {
        var top = string.Join("\n", File.ReadLines(Path.Combine(Repository.Root, "README.md")).Take(30));
        Assert.Contains($"(docs/{ReadmePictures.CompareFile})", top);
        Assert.Contains($"(docs/{ReadmePictures.ChartFile})", top);
        Assert.Contains($"(docs/{ReadmePictures.PageFile})", top);
    }

    [Fact]
    public void A_changed_page_changes_the_manifest()
    {
        var notebooks = RenderFresh();
        var changed = notebooks.Select(n => n.Name == ReadmePictures.PageChapter ? n with { Title = n.Title + "!" } : n).ToList();
        Assert.NotEqual(ReadmePictures.PageKey(notebooks), ReadmePictures.PageKey(changed));
        Assert.Equal(ReadmePictures.Chart(notebooks).Key, JsonDocument.Parse(ReadmePictures.Manifest(changed)).RootElement.GetProperty(ReadmePictures.ChartFile).GetProperty("key").GetString());
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        ((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19], (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
}
