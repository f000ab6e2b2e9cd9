using System.Text.Json;
using Workbook.Files;

namespace Workbook.Corpora;

/// <summary>Reads string fields of the analyst's JSON files, with errors that name the file and the place.</summary>
internal static class JsonFields
{
    /// <summary>The options every analyst file is parsed with: comments and trailing commas allowed.</summary>
    public static JsonDocumentOptions Options { get; } = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The trimmed, non-empty string <paramref name="name"/> of <paramref name="item"/>.</summary>
    /// <exception cref="CorpusException">It is missing, empty or not a string; <paramref name="where"/> says which object.</exception>
    public static string Required(JsonElement item, string name, string path, string where) =>
        Optional(item, name, path, where) ?? throw new CorpusException(path, $"{where} has no \"{name}\" string");

    /// <summary>The trimmed string <paramref name="name"/> of <paramref name="item"/>, or null when it is missing, null or blank.</summary>
    /// <exception cref="CorpusException">It is there but not a string.</exception>
    public static string? Optional(JsonElement item, string name, string path, string where)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new CorpusException(path, $"{where} is not an object");
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new CorpusException(path, $"{where}.{name} must be a string");
        var text = value.GetString()!.Trim();
        return text.Length > 0 ? text : null;
    }

    /// <summary>Parses <paramref name="json"/>, turning malformed JSON into an error that names <paramref name="path"/>.</summary>
    public static JsonDocument Parse(string path, string json)
    {
        try { return JsonDocument.Parse(json, Options); }
        catch (JsonException e) { throw new CorpusException(path, $"not valid JSON ({e.Message})"); }
    }
}
