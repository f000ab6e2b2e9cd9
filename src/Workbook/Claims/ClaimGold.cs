using System.Text.Json;
using Workbook.Corpora;
using Workbook.Files;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Reads a gold file: <c>{"judgements": [{"claim", "document", "relation", "evidence": [unique part of a sentence, …]}]}</c>.
/// Relations are named as in tables ("supports", "contradicts", "mixed", "discusses", "not addressed"); each evidence text must
/// occur in exactly one sentence of the document. A corpus declares its gold file in corpus.json ("gold").
/// </summary>
internal static class ClaimGold
{
    /// <summary>Parses <paramref name="file"/> against <paramref name="corpus"/>.</summary>
    /// <exception cref="CorpusException">The file is not a gold file, names an unknown document or relation, or an evidence text is not in exactly one sentence.</exception>
    public static IReadOnlyList<GoldJudgement> Parse(AnalystFile file, Corpus corpus)
    {
        var path = file.Path;
        using var document = JsonFields.Parse(path, file.Text);
        if (!document.RootElement.TryGetProperty("judgements", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new CorpusException(path, "expected an object with a \"judgements\" array");
        return list.EnumerateArray().Select((j, i) =>
        {
            var where = $"judgements[{i}]";
            var claim = JsonFields.Required(j, "claim", path, where);
            var id = JsonFields.Required(j, "document", path, where);
            if (!corpus.Contains(id)) throw new CorpusException(path, $"judgement of {claim} names unknown document \"{id}\"");
            var relationName = JsonFields.Required(j, "relation", path, where);
            if (!EnumNames.TryParse<ClaimRelation>(relationName, out var relation))
                throw new CorpusException(path, $"unknown relation \"{relationName}\" ({string.Join(", ", EnumNames.Names<ClaimRelation>())})");
            var evidence = j.TryGetProperty("evidence", out var texts) && texts.ValueKind == JsonValueKind.Array ? texts.EnumerateArray().ToList() : [];
            var sentences = evidence.Select(e => Locate(path, corpus[id], e.ValueKind == JsonValueKind.String ? e.GetString()! : "")).ToList();
            return new GoldJudgement(claim, id, relation, sentences);
        }).ToList();
    }

    /// <summary>
    /// Refuses judgements the comparison will not make: of a claim the analyst's claims file does not have (when there is
    /// one; automatic claims are matched to the gold by their spans), or of a document that is not one of the reports
    /// compared with the op-ed.
    /// </summary>
    /// <exception cref="CorpusException">A judgement names such a claim or document; the message names the file and lists what it may name.</exception>
    public static void CheckAgainst(IReadOnlyList<GoldJudgement> judgements, string path, IReadOnlyList<string>? claimIds, string opEdId, IReadOnlyList<string> reportIds)
    {
        foreach (var judgement in judgements)
        {
            if (claimIds is not null && !claimIds.Contains(judgement.ClaimId, StringComparer.Ordinal))
                throw new CorpusException(path, $"a judgement names claim \"{judgement.ClaimId}\", which op-ed {opEdId} does not have (claims: {string.Join(", ", claimIds)})");
            if (!reportIds.Contains(judgement.DocumentId, StringComparer.Ordinal))
                throw new CorpusException(path, $"the judgement of {judgement.ClaimId} names document \"{judgement.DocumentId}\", which is not one of the reports compared with op-ed {opEdId} (reports: {string.Join(", ", reportIds)})");
        }
    }

    private static int Locate(string path, Document document, string text)
    {
        var matches = document.Sentences.Where(s => text.Length > 0 && s.Text.Contains(text, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0].Index
            : throw new CorpusException(path, $"evidence \"{text}\" matches {matches.Count} sentences of {document.Id}, not one");
    }
}
