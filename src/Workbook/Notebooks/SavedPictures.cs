using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using JupyterNotebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace Workbook.Notebooks;

/// <summary>
/// Pictures already saved in notebooks, read with Microsoft.DotNet.Interactive.Documents: every chart output carries its
/// figure key in its metadata, so an unchanged figure reuses its picture and re-rendering needs no browser.
/// </summary>
internal sealed class SavedPictures : IPictureSource
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
        InteractiveDocument notebook;
        try { notebook = JupyterNotebook.Parse(File.ReadAllText(path)); }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return; // a damaged notebook only means its pictures are made again
        }
        foreach (var output in notebook.Elements.SelectMany(cell => cell.Outputs).OfType<DisplayElement>())
        {
            if (output.Metadata?.TryGetValue(MetadataKey, out var key) != true || key?.ToString() is not { Length: > 0 } figureKey) continue;
            if (!output.Data.TryGetValue("image/png", out var png) || Joined(png) is not { } base64) continue;
            try { _saved[figureKey] = Convert.FromBase64String(base64.Replace("\n", "")); }
            catch (FormatException) { } // an unreadable picture is drawn again
        }
    }

    private static string? Joined(object? value) => value switch
    {
        string text => text,
        IEnumerable<object> lines => string.Concat(lines.Select(line => line as string)),
        _ => null,
    };
}
