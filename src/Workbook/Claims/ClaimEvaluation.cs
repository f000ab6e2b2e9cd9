using Workbook.Tables;

namespace Workbook.Claims;

/// <summary>
/// Scores a comparison against gold judgements: label accuracy over all judged pairs, and evidence recall@3, the
/// share of a pair's gold evidence sentences found among the top three ranked (out of at most three), averaged
/// over pairs whose gold has evidence.
/// </summary>
/// <param name="Rows">One row per judged pair, in gold order.</param>
public sealed record ClaimEvaluation(Table<EvaluationRow> Rows)
{
    /// <summary>Fraction of pairs whose predicted relation equals the gold.</summary>
    public double LabelAccuracy => Rows.Count == 0 ? double.NaN : (double)Rows.Count(r => r.Gold == r.Predicted) / Rows.Count;

    /// <summary>Mean recall@3 over pairs with gold evidence.</summary>
    public double EvidenceRecallAtThree => Rows.Where(r => r.GoldEvidence.Count > 0).Select(r => r.RecallAtThree).DefaultIfEmpty(double.NaN).Average();

    /// <summary>The headline figures: evidence recall@3 over pairs with gold evidence, label accuracy over all pairs.</summary>
    public Table<EvaluationScore> Scores => new("measure",
    [
        new("evidence recall@3", EvidenceRecallAtThree, Rows.Count(r => r.GoldEvidence.Count > 0)),
        new("label accuracy", LabelAccuracy, Rows.Count),
    ]);

    /// <summary>Scores <paramref name="result"/> against <paramref name="gold"/>; a judged pair missing from the result is an error.</summary>
    public static ClaimEvaluation Score(ClaimComparisonResult result, IReadOnlyList<GoldJudgement> gold)
    {
        var rows = gold.Select(g =>
        {
            var relation = result.Relations.FirstOrDefault(r => r.ClaimId == g.ClaimId && r.DocumentId == g.DocumentId)
                ?? throw new ArgumentException($"the comparison has no relation for {g.ClaimId} and {g.DocumentId}");
            var top = result.Evidence.Where(e => e.ClaimId == g.ClaimId && e.DocumentId == g.DocumentId && e.Rank <= 3).Select(e => e.SentenceIndex).ToList();
            var recall = g.EvidenceSentences.Count == 0 ? double.NaN : (double)g.EvidenceSentences.Count(top.Contains) / Math.Min(3, g.EvidenceSentences.Count);
            return new EvaluationRow(g.ClaimId, g.DocumentId, g.Relation, relation.Relation, g.EvidenceSentences, top, recall);
        }).ToTable("judged pair");
        return new ClaimEvaluation(rows);
    }
}
