using Workbook.Charts;
using Workbook.Files;
using Workbook.Notebooks;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

public class PictureTests
{
    private static readonly Figure Bars = HouseStyle.Apply(new Figure([new BarTrace { X = ["a", "b"], Y = [1, 2] }], new Layout { Title = new Title("t") }));

    [Fact]
    public void Picture_key_changes_with_the_figure()
    {
        Assert.Equal(PictureRequest.For(Bars).Key, PictureRequest.For(Bars with { }).Key);
        Assert.NotEqual(PictureRequest.For(Bars).Key, PictureRequest.For(Bars with { Layout = Bars.Layout with { Height = 10 } }).Key);
        Assert.Matches("^[0-9a-f]{64}$", PictureRequest.For(Bars).Key);
    }

    [Fact]
    public void Saved_pictures_are_read_back_from_notebook_outputs_by_key()
    {
        using var folder = new TempFolder();
        var request = PictureRequest.For(Bars);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var notebook = new Notebook("n", "n", [new CodeCell("c", "x", [OutputFormatter.ForFigure(Bars, "n-chart-1", request, png)])]);
        AtomicFile.WriteAllText(Path.Combine(folder.Path, "n.ipynb"), IpynbWriter.Write(notebook));
        var saved = new SavedPictures(folder.Path);
        Assert.Equal(1, saved.Count);
        Assert.Equal(png, saved.Pictures([request])[request.Key]);
        Assert.Empty(saved.Pictures([PictureRequest.For(Bars with { Layout = Bars.Layout with { Height = 1 } })]));
    }

    [Fact]
    public void A_damaged_notebook_or_picture_is_skipped_and_the_others_are_read()
    {
        using var folder = new TempFolder();
        var request = PictureRequest.For(Bars);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 9];
        var good = new Notebook("b", "b", [new CodeCell("c", "x", [OutputFormatter.ForFigure(Bars, "b-chart-1", request, png)])]);
        AtomicFile.WriteAllText(Path.Combine(folder.Path, "b.ipynb"), IpynbWriter.Write(good));
        AtomicFile.WriteAllText(Path.Combine(folder.Path, "a.ipynb"), "{ \"cells\": [ { \"cell_type\": ");
        var other = PictureRequest.For(Bars with { Layout = Bars.Layout with { Height = 7 } });
        var unreadable = IpynbWriter.Write(new Notebook("c", "c", [new CodeCell("c", "x", [OutputFormatter.ForFigure(Bars, "c-chart-1", other, [1, 2, 3])])]))
            .Replace(Convert.ToBase64String([1, 2, 3]), "not base64!");
        AtomicFile.WriteAllText(Path.Combine(folder.Path, "c.ipynb"), unreadable);
        var saved = new SavedPictures(folder.Path);
        Assert.Equal(1, saved.Count);
        Assert.Equal(png, saved.Pictures([request])[request.Key]);
    }

    [Fact]
    public void Chained_sources_ask_later_sources_only_for_what_is_missing()
    {
        var a = PictureRequest.For(Bars);
        var b = PictureRequest.For(Bars with { Layout = Bars.Layout with { Height = 99 } });
        var second = new RecordingSource(new() { [b.Key] = [2] });
        var found = new ChainedPictures(new RecordingSource(new() { [a.Key] = [1] }), second).Pictures([a, b]);
        Assert.Equal([1], found[a.Key]);
        Assert.Equal([2], found[b.Key]);
        Assert.Equal([b.Key], second.Asked);
    }

    [ChromiumFact]
    public void Chromium_draws_a_png()
    {
        var chromium = HeadlessChromium.Find();
        Assert.True(chromium is not null, "WORKBOOK_REQUIRE_CHROMIUM is set but Chromium is not on PATH");
        var plotly = Path.Combine(Repository.Root, "src", "Workbook.Cli", "node_modules", "plotly.js-dist-min", "plotly.min.js");
        var request = PictureRequest.For(Bars);
        var png = new ChromiumPictures(chromium, plotly).Pictures([request])[request.Key];
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4));
        Assert.Equal(ChromiumPictures.DefaultWidth, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
    }

    private sealed class RecordingSource(Dictionary<string, byte[]> pictures) : IPictureSource
    {
        public List<string> Asked { get; } = [];

        public IReadOnlyDictionary<string, byte[]> Pictures(IReadOnlyList<PictureRequest> requests)
        {
            Asked.AddRange(requests.Select(r => r.Key));
            return requests.Where(r => pictures.ContainsKey(r.Key)).ToDictionary(r => r.Key, r => pictures[r.Key]);
        }
    }
}
