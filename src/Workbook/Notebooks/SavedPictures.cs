using System.Text.Json;

namespace Workbook.Notebooks;

/// <summary>
/// Pictures already saved in notebooks: every chart output carries its figure key in its metadata, so an
/// unchanged figure reuses its picture and re-rendering needs no browser.
/// </summary>
public sealed class SavedPictures : IPictureSource
{
    /// <summary>Output metadata key that holds the figure key.</summary>
    public const string MetadataKey = "workbook_figure";

    private readonly Dictionary<string, byte[]> _saved = new(StringComparer.Ordinal);

    /// <summary>Reads the chart pictures of every .ipynb in <paramref name="folder"/> (none when it does not exist).</summary>
    public SavedPictures(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var path in Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal)) Read(path);
    }

    /// <summary>Number of pictures found.</summary>
    public int Count => _saved.Count;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, byte[]> Pictures(IReadOnlyList<PictureRequest> requests) =>
        requests.Where(r => _saved.ContainsKey(r.Key)).DistinctBy(r => r.Key).ToDictionary(r => r.Key, r => _saved[r.Key]);

    private void Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
            {
                if (!cell.TryGetProperty("outputs", out var outputs)) continue;
                foreach (var output in outputs.EnumerateArray())
                {
                    if (!output.TryGetProperty("metadata", out var metadata) || !metadata.TryGetProperty(MetadataKey, out var key)) continue;
                    if (!output.TryGetProperty("data", out var data) || !data.TryGetProperty("image/png", out var png)) continue;
                    var base64 = png.ValueKind == JsonValueKind.Array ? string.Concat(png.EnumerateArray().Select(l => l.GetString())) : png.GetString();
                    _saved[key.GetString()!] = Convert.FromBase64String(base64!.Replace("\n", ""));
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            // A damaged notebook only means its pictures are made again.
        }
    }
}
