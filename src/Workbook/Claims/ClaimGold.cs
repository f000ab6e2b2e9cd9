using System.Text.Json;

namespace Workbook;

/// <summary>
/// Reads a gold file: <c>{"judgements": [{"claim", "document", "relation", "evidence": [unique part of a sentence, …]}]}</c>.
/// Relations are "supports", "contradicts", "mixed", "not addressed"; each evidence text must occur in exactly one
/// sentence of the document.
/// </summary>
public static class ClaimGold
{
    /// <summary>Parses gold JSON against <paramref name="corpus"/>; <paramref name="path"/> names the file in errors.</summary>
    public static IReadOnlyList<GoldJudgement> Parse(string path, string json, Corpus corpus)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("judgements").EnumerateArray().Select(j =>
            {
                var claim = j.GetProperty("claim").GetString()!;
                var id = j.GetProperty("document").GetString()!;
                if (!corpus.Contains(id)) throw new CorpusException(path, $"judgement of {claim} names unknown document \"{id}\"");
                var relation = ParseRelation(path, j.GetProperty("relation").GetString()!);
                var sentences = j.GetProperty("evidence").EnumerateArray().Select(e => Locate(path, corpus[id], e.GetString()!)).ToList();
                return new GoldJudgement(claim, id, relation, sentences);
            }).ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CorpusException(path, $"not a gold file ({e.Message})");
        }
    }

    /// <summary>Reads a relation name as written in files and tables ("not addressed").</summary>
    public static ClaimRelation ParseRelation(string path, string name) => name switch
    {
        "supports" => ClaimRelation.Supports,
        "contradicts" => ClaimRelation.Contradicts,
        "mixed" => ClaimRelation.Mixed,
        "not addressed" => ClaimRelation.NotAddressed,
        _ => throw new CorpusException(path, $"unknown relation \"{name}\" (supports, contradicts, mixed, not addressed)"),
    };

    private static int Locate(string path, Document document, string text)
    {
        var matches = document.Sentences.Where(s => s.Text.Contains(text, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0].Index
            : throw new CorpusException(path, $"evidence \"{text}\" matches {matches.Count} sentences of {document.Id}, not one");
    }
}
