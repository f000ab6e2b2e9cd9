using System.Text.Json;

namespace Workbook;

/// <summary>
/// Reads <c>corpus.json</c>: <c>{"documents": [{"id", "file", "title", "kind", "outlet"}, …]}</c>.
/// Without one, every <c>*.txt</c> in the folder is a document of kind "unknown".
/// </summary>
public static class Manifest
{
    /// <summary>The manifest's file name inside a corpus folder.</summary>
    public const string FileName = "corpus.json";

    /// <summary>The kind given to documents a manifest does not describe.</summary>
    public const string UnknownKind = "unknown";

    /// <summary>Reads the manifest of <paramref name="folder"/>, or lists its text files when it has none.</summary>
    public static IReadOnlyList<ManifestEntry> Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new CorpusException(folder, "no such corpus folder");
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return Discover(folder);
        var entries = Parse(path, File.ReadAllText(path));
        Validate(folder, path, entries);
        return entries;
    }

    private static IReadOnlyList<ManifestEntry> Discover(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new CorpusException(folder, "no corpus.json and no .txt files");
        return files.Select(f => new ManifestEntry(Path.GetFileNameWithoutExtension(f), f, null, UnknownKind, null)).ToList();
    }

    /// <summary>Parses manifest JSON; <paramref name="path"/> is only used in error messages.</summary>
    public static IReadOnlyList<ManifestEntry> Parse(string path, string json)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new CorpusException(path, $"not valid JSON ({e.Message})"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("documents", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new CorpusException(path, "expected an object with a \"documents\" array");
            return list.EnumerateArray().Select((item, i) => ParseEntry(path, item, i)).ToList();
        }
    }

    private static ManifestEntry ParseEntry(string path, JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new CorpusException(path, $"documents[{index}] is not an object");
        string? Field(string name, bool required)
        {
            if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
                return value.GetString()!.Trim();
            if (item.TryGetProperty(name, out value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.String))
                throw new CorpusException(path, $"documents[{index}].{name} must be a string");
            if (required) throw new CorpusException(path, $"documents[{index}] has no \"{name}\"");
            return null;
        }
        return new ManifestEntry(Field("id", true)!, Field("file", true)!, Field("title", false), Field("kind", false) ?? UnknownKind, Field("outlet", false));
    }

    private static void Validate(string folder, string path, IReadOnlyList<ManifestEntry> entries)
    {
        if (entries.Count == 0) throw new CorpusException(path, "lists no documents");
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CorpusException(path, $"id \"{duplicate.Key}\" is used more than once");
        foreach (var entry in entries)
        {
            if (entry.File.Contains("..") || Path.IsPathRooted(entry.File))
                throw new CorpusException(path, $"file \"{entry.File}\" of \"{entry.Id}\" must be a name inside the corpus folder");
            if (!File.Exists(Path.Combine(folder, entry.File)))
                throw new CorpusException(path, $"file \"{entry.File}\" of \"{entry.Id}\" does not exist");
        }
    }
}
