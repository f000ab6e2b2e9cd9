using System.Text.Json;
using Workbook.Files;
using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Reads <c>corpus.json</c>: <c>{"documents": [{"id", "file", "title", "kind", "outlet"}, …], "gold": "file"}</c>.
/// Without one, every <c>*.txt</c> in the folder is a document of kind "unknown".
/// </summary>
internal static class Manifest
{
    /// <summary>The manifest's file name inside a corpus folder.</summary>
    public const string FileName = "corpus.json";

    /// <summary>The kind given to documents a manifest does not describe.</summary>
    public const string UnknownKind = "unknown";

    /// <summary>Reads the manifest of <paramref name="folder"/> (strict UTF-8), or lists its text files when it has none.</summary>
    /// <exception cref="CorpusException">The folder is missing or empty, or the manifest is bad; the message names it.</exception>
    public static CorpusManifest Read(string folder, LoadSettings? settings = null)
    {
        if (!Directory.Exists(folder)) throw new CorpusException(folder, "no such corpus folder");
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null) return new CorpusManifest(Discover(folder), null, Unread(folder));
        var manifest = Parse(path, CorpusFiles.Read(folder, FileName, settings ?? LoadSettings.Default));
        Validate(folder, path, manifest);
        return manifest;
    }

    /// <summary>A note on .txt files in subfolders, which a folder without a manifest does not read.</summary>
    private static IReadOnlyList<string> Unread(string folder)
    {
        var nested = Directory.GetDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();
        return nested.Count == 0
            ? []
            : [$"{folder}: {nested.Count} .txt file{(nested.Count == 1 ? "" : "s")} in subfolders ({string.Join(", ", nested.Take(3))}{(nested.Count > 3 ? ", …" : "")}) not read: without corpus.json only the folder's own .txt files are documents; list the others in corpus.json"];
    }

    private static IReadOnlyList<ManifestEntry> Discover(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new CorpusException(folder, "no corpus.json and no .txt files");
        var entries = files.Select(f => new ManifestEntry(TextNormalizer.Nfc(Path.GetFileNameWithoutExtension(f)), f, null, UnknownKind, null)).ToList();
        var same = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (same is not null)
            throw new CorpusException(folder, $"files \"{string.Join("\" and \"", same.Select(e => e.File))}\" give the same id \"{same.Key}\" (one name in two Unicode forms); rename one, or give ids in corpus.json");
        return entries;
    }

    /// <summary>Parses manifest JSON; <paramref name="path"/> is only used in error messages.</summary>
    public static CorpusManifest Parse(string path, string json)
    {
        using var document = JsonFields.Parse(path, json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("documents", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new CorpusException(path, "expected an object with a \"documents\" array");
        var entries = list.EnumerateArray().Select((item, i) => ParseEntry(path, item, $"documents[{i}]")).ToList();
        var warnings = UnknownFields(root, RootFields, "the manifest")
            .Concat(list.EnumerateArray().SelectMany((item, i) => UnknownFields(item, EntryFields, $"documents[{i}]")))
            .Select(w => $"{path}: {w}").ToList();
        return new CorpusManifest(entries, JsonFields.Optional(root, "gold", path, "the manifest"), warnings);
    }

    private static readonly string[] RootFields = ["documents", "gold"];
    private static readonly string[] EntryFields = ["id", "file", "title", "kind", "outlet"];

    private static IEnumerable<string> UnknownFields(JsonElement item, string[] known, string where) => item.ValueKind != JsonValueKind.Object
        ? []
        : item.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => $"{where} has an unknown field \"{p.Name}\", which is ignored" + (Nearest(p.Name, known) is { } guess ? $" (did you mean \"{guess}\"?)" : ""));

    private static string? Nearest(string name, string[] known) => known
        .Select(k => (Known: k, Distance: EditDistance(name.ToLowerInvariant(), k)))
        .Where(k => k.Distance <= Math.Max(1, (k.Known.Length + 1) / 2)).OrderBy(k => k.Distance).Select(k => k.Known).FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private static ManifestEntry ParseEntry(string path, JsonElement item, string where) => new(
        TextNormalizer.Nfc(JsonFields.Required(item, "id", path, where)),
        JsonFields.Required(item, "file", path, where),
        JsonFields.Optional(item, "title", path, where),
        TextNormalizer.Nfc(JsonFields.Optional(item, "kind", path, where) ?? UnknownKind),
        JsonFields.Optional(item, "outlet", path, where));

    private static void Validate(string folder, string path, CorpusManifest manifest)
    {
        var entries = manifest.Documents;
        if (entries.Count == 0) throw new CorpusException(path, "lists no documents");
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CorpusException(path, $"id \"{duplicate.Key}\" is used more than once (ids are compared in Unicode normalization form C, so \"café\" typed two ways is one id)");
        foreach (var (name, owner) in entries.Select(e => ((string?)e.File, $"of \"{e.Id}\"")).Append((manifest.GoldFile, "(the gold file)")))
        {
            if (name is null) continue;
            if (name.Contains("..") || Path.IsPathRooted(name))
                throw new CorpusException(path, $"file \"{name}\" {owner} must be a name inside the corpus folder");
            if (!File.Exists(Path.Combine(folder, name)))
                throw new CorpusException(path, $"file \"{name}\" {owner} does not exist");
        }
    }
}
