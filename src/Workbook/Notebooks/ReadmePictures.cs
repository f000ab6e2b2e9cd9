using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbook.Notebooks;

/// <summary>
/// The README's pictures: a chart exactly as the notebooks save it, and the tops of a chapter's site page and of the
/// compare page as Chromium draws them.
/// Each is recorded in <see cref="ManifestFile"/> with the key of what it was made from (the chart's figure key; the
/// SHA-256 of the page's HTML), so a test can tell, without a browser, whether they still match what render draws today.
/// </summary>
internal static class ReadmePictures
{
    /// <summary>The chart picture's file name.</summary>
    public const string ChartFile = "chart.png";

    /// <summary>The site page picture's file name.</summary>
    public const string PageFile = "site-page.png";

    /// <summary>The picture of the site's page that shows the op-ed beside the reports.</summary>
    public const string CompareFile = "compare.png";

    /// <summary>The file that records what each picture was made from.</summary>
    public const string ManifestFile = "pictures.json";

    /// <summary>The chapter whose first chart is pictured.</summary>
    public const string ChartChapter = "05-claims-vs-reports";

    /// <summary>The chapter whose site page is pictured.</summary>
    public const string PageChapter = "06-the-answer";

    /// <summary>The size of the page picture, in CSS pixels.</summary>
    public static (int Width, int Height) PageSize { get; } = (1100, 1300);

    /// <summary>The size of the compare page picture, in CSS pixels.</summary>
    public static (int Width, int Height) CompareSize { get; } = (1400, 1000);

    /// <summary>The chart's saved picture (null when none was drawn) and key, from <paramref name="notebooks"/>.</summary>
    /// <exception cref="ArgumentException">The chart chapter is missing or has no chart.</exception>
    public static (byte[]? Picture, string Key) Chart(IReadOnlyList<Notebook> notebooks)
    {
        var output = Find(notebooks, ChartChapter).Cells.OfType<CodeCell>().SelectMany(c => c.Outputs)
            .FirstOrDefault(o => o.Metadata.Any(m => m.Key == SavedPictures.MetadataKey))
            ?? throw new ArgumentException($"{ChartChapter} has no chart to picture");
        var key = JsonSerializer.Deserialize<string>(output.Metadata.First(m => m.Key == SavedPictures.MetadataKey).Value)!;
        return (output["image/png"] is { } png ? Convert.FromBase64String(png) : null, key);
    }

    /// <summary>The key of the pictured page: the SHA-256 of its HTML with plotly.js linked, not inlined, so it does not depend on where plotly.js is.</summary>
    /// <exception cref="ArgumentException">The page chapter is missing.</exception>
    public static string PageKey(IReadOnlyList<Notebook> notebooks)
    {
        Find(notebooks, PageChapter);
        return SiteKey(notebooks, PageChapter + ".html");
    }

    /// <summary>The key of the pictured compare page: the SHA-256 of its HTML.</summary>
    /// <exception cref="ArgumentException">No notebook saved the argument reader.</exception>
    public static string CompareKey(IReadOnlyList<Notebook> notebooks) => SiteKey(notebooks, SiteWriter.ComparePage);

    private static string SiteKey(IReadOnlyList<Notebook> notebooks, string fileName)
    {
        var page = SiteWriter.Pages(notebooks, plotlyScript: null).SingleOrDefault(p => p.FileName == fileName)
            ?? throw new ArgumentException($"the site has no {fileName} to picture");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(page.Html)));
    }

    /// <summary>The manifest's JSON for <paramref name="notebooks"/>.</summary>
    public static string Manifest(IReadOnlyList<Notebook> notebooks) => new JsonObject
    {
        [ChartFile] = new JsonObject { ["from"] = $"the first chart of {ChartChapter}", ["key"] = Chart(notebooks).Key },
        [PageFile] = new JsonObject { ["from"] = $"site/{PageChapter}.html, top {PageSize.Width}×{PageSize.Height}", ["key"] = PageKey(notebooks) },
        [CompareFile] = new JsonObject { ["from"] = $"site/{SiteWriter.ComparePage}, top {CompareSize.Width}×{CompareSize.Height}", ["key"] = CompareKey(notebooks) },
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static Notebook Find(IReadOnlyList<Notebook> notebooks, string name) =>
        notebooks.FirstOrDefault(n => n.Name == name) ?? throw new ArgumentException($"no chapter {name} to picture");
}
