using System.Text.Json;
using Workbook.Corpora;
using Workbook.Files;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Reads an analyst's claim file, <c>claims.json</c>: <c>{"op_ed": "000", "claims": [{"id", "statement", "quotes": [exact op-ed text, …]}]}</c>.
/// Each quote is found in the op-ed's raw text and becomes a span with offsets.
/// </summary>
internal static class ClaimFile
{
    /// <summary>Parses <paramref name="file"/> against <paramref name="corpus"/>.</summary>
    /// <exception cref="CorpusException">Malformed JSON, an unknown op-ed, a duplicate id, or a quote not found in the op-ed.</exception>
    public static IReadOnlyList<Claim> Parse(AnalystFile file, Corpus corpus)
    {
        var path = file.Path;
        using var document = JsonFields.Parse(path, file.Text);
        var root = document.RootElement;
        var opEdId = JsonFields.Required(root, "op_ed", path, "the file");
        if (!corpus.Contains(opEdId)) throw new CorpusException(path, $"op_ed \"{opEdId}\" is not a document of the corpus");
        var opEd = corpus[opEdId];
        if (!root.TryGetProperty("claims", out var list) || list.ValueKind != JsonValueKind.Array) throw new CorpusException(path, "expected a \"claims\" array");
        var claims = list.EnumerateArray().Select((item, i) =>
        {
            var id = JsonFields.Required(item, "id", path, $"claims[{i}]");
            var statement = JsonFields.Required(item, "statement", path, $"claim {id}");
            if (!item.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array || quotes.GetArrayLength() == 0)
                throw new CorpusException(path, $"claim {id} needs a non-empty \"quotes\" array");
            var spans = quotes.EnumerateArray().Select(q => Locate(path, id, opEd, q.ValueKind == JsonValueKind.String ? q.GetString()! : "")).ToList();
            return new Claim(id, statement, ClaimSource.Analyst, opEdId, spans);
        }).ToList();
        var duplicate = claims.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CorpusException(path, $"claim id \"{duplicate.Key}\" is used more than once");
        return claims;
    }

    private static TextSpan Locate(string path, string claimId, Document opEd, string quote)
    {
        var at = quote.Length == 0 ? -1 : opEd.Text.IndexOf(quote, StringComparison.Ordinal);
        if (at < 0) throw new CorpusException(path, $"claim {claimId}: quote \"{quote}\" is not in document {opEd.Id}");
        return new TextSpan(at, at + quote.Length);
    }
}
