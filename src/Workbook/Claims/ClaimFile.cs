using System.Text.Json;

namespace Workbook;

/// <summary>
/// Reads an analyst's claim file, <c>claims.json</c>: <c>{"op_ed": "000", "claims": [{"id", "statement", "quotes": [exact op-ed text, …]}]}</c>.
/// Each quote is found in the op-ed's raw text and becomes a span with offsets.
/// </summary>
public static class ClaimFile
{
    /// <summary>The file name inside a corpus folder.</summary>
    public const string FileName = "claims.json";

    /// <summary>Parses <paramref name="json"/> against <paramref name="corpus"/>; <paramref name="path"/> names the file in errors.</summary>
    /// <exception cref="CorpusException">Malformed JSON, an unknown op-ed, or a quote not found in it.</exception>
    public static (string OpEdId, IReadOnlyList<Claim> Claims) Parse(string path, string json, Corpus corpus)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var opEdId = String(root, "op_ed", path, "the file");
            if (!corpus.Contains(opEdId)) throw new CorpusException(path, $"op_ed \"{opEdId}\" is not a document of the corpus");
            var opEd = corpus[opEdId];
            if (!root.TryGetProperty("claims", out var list) || list.ValueKind != JsonValueKind.Array) throw new CorpusException(path, "expected a \"claims\" array");
            var claims = list.EnumerateArray().Select((item, i) =>
            {
                var id = String(item, "id", path, $"claims[{i}]");
                var statement = String(item, "statement", path, $"claim {id}");
                if (!item.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array || quotes.GetArrayLength() == 0)
                    throw new CorpusException(path, $"claim {id} needs a non-empty \"quotes\" array");
                var spans = quotes.EnumerateArray().Select(q => Locate(path, id, opEd, q.GetString() ?? "")).ToList();
                return new Claim(id, statement, Claim.Analyst, opEdId, spans);
            }).ToList();
            var duplicate = claims.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new CorpusException(path, $"claim id \"{duplicate.Key}\" is used more than once");
            return (opEdId, claims);
        }
        catch (JsonException e)
        {
            throw new CorpusException(path, $"not valid JSON ({e.Message})");
        }
    }

    private static TextSpan Locate(string path, string claimId, Document opEd, string quote)
    {
        var at = quote.Length == 0 ? -1 : opEd.Text.IndexOf(quote, StringComparison.Ordinal);
        if (at < 0) throw new CorpusException(path, $"claim {claimId}: quote \"{quote}\" is not in document {opEd.Id}");
        return new TextSpan(at, at + quote.Length);
    }

    private static string String(JsonElement item, string name, string path, string where) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
            ? value.GetString()!.Trim()
            : throw new CorpusException(path, $"{where} has no \"{name}\" string");
}
