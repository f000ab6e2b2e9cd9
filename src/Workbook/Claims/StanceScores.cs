using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// FNC-1 scores of predicted stances against gold ones: per-class F1 and their mean (macro-F1, the headline figure,
/// after Hanselowski et al. 2018), the FNC-1 score relative to its maximum (+0.25 for agreeing on related or unrelated,
/// +0.75 more for the exact label of a related pair), related/unrelated accuracy, and the confusion matrix.
/// </summary>
/// <param name="F1">F1 of each label.</param>
/// <param name="MacroF1">The mean of the four F1 scores.</param>
/// <param name="FncScore">The FNC-1 score over its maximum.</param>
/// <param name="RelatedAccuracy">Share of pairs whose related/unrelated split is right.</param>
/// <param name="Confusion">Counts by (gold, predicted).</param>
public sealed record StanceScores(IReadOnlyDictionary<StanceLabel, double> F1, double MacroF1, double FncScore, double RelatedAccuracy,
    IReadOnlyDictionary<(StanceLabel Gold, StanceLabel Predicted), int> Confusion)
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, pair by pair.</summary>
    public static StanceScores Of(IReadOnlyList<StanceLabel> gold, IReadOnlyList<StanceLabel> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predictions differ in length");
        var labels = Enum.GetValues<StanceLabel>();
        var confusion = labels.SelectMany(g => labels.Select(p => (g, p))).ToDictionary(k => k, _ => 0);
        for (var i = 0; i < gold.Count; i++) confusion[(gold[i], predicted[i])]++;
        var f1 = labels.ToDictionary(label => label, label =>
        {
            var tp = confusion[(label, label)];
            var precision = (double)tp / Math.Max(1, labels.Sum(g => confusion[(g, label)]));
            var recall = (double)tp / Math.Max(1, labels.Sum(p => confusion[(label, p)]));
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        });
        bool Related(StanceLabel label) => label != StanceLabel.Unrelated;
        double score = 0, max = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            max += Related(gold[i]) ? 1 : 0.25;
            if (Related(gold[i]) == Related(predicted[i])) score += 0.25;
            if (Related(gold[i]) && gold[i] == predicted[i]) score += 0.75;
        }
        var relatedRight = Enumerable.Range(0, gold.Count).Count(i => Related(gold[i]) == Related(predicted[i]));
        return new StanceScores(f1, f1.Values.Average(), max == 0 ? 0 : score / max, gold.Count == 0 ? 0 : (double)relatedRight / gold.Count, confusion);
    }

    /// <summary>
    /// The scores as a flat list of figures over <paramref name="pairs"/> pairs: macro-F1, the FNC-1 score, related/unrelated
    /// accuracy, each label's F1, then each confusion cell ("gold agree, predicted discuss", a count).
    /// </summary>
    public IReadOnlyList<EvaluationScore> Measures(int pairs)
    {
        var labels = Enum.GetValues<StanceLabel>();
        return new List<EvaluationScore> { new("macro-F1", MacroF1, pairs), new("FNC-1 score", FncScore, pairs), new("related/unrelated accuracy", RelatedAccuracy, pairs) }
            .Concat(labels.Select(l => new EvaluationScore($"F1 {EnumNames.Name(l)}", F1[l], pairs)))
            .Concat(labels.SelectMany(g => labels.Select(p => new EvaluationScore($"gold {EnumNames.Name(g)}, predicted {EnumNames.Name(p)}", Confusion[(g, p)], pairs))))
            .ToList();
    }
}
