using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>
/// BM25 (k1 and b from <see cref="RetrievalSettings"/>) over a set of sentences, each sentence one retrieval unit. Query terms are
/// <see cref="QueryUnit"/>s, so a synonym counts as its topic term. Also reports a sentence's coverage: the share
/// of the query's idf mass it matches (a relative's match counting <see cref="RetrievalSettings.RelativeCredit"/>), which says whether a report addresses a claim at all.
/// </summary>
public sealed class SentenceIndex
{
    private readonly IReadOnlyList<IndexedSentence> _sentences;
    private readonly double _averageLength;
    private readonly RetrievalSettings _settings;

    /// <summary>Indexes <paramref name="sentences"/>.</summary>
    public SentenceIndex(RetrievalSettings settings, IReadOnlyList<IndexedSentence> sentences)
    {
        _settings = settings;
        _sentences = sentences;
        _averageLength = sentences.Count == 0 ? 1 : Math.Max(1, sentences.Average(s => s.Norms.Count));
    }

    /// <summary>The indexed sentences.</summary>
    public IReadOnlyList<IndexedSentence> Sentences => _sentences;

    /// <summary>BM25's idf of <paramref name="unit"/>: ln(1 + (N − n + 0.5)/(n + 0.5)), n the sentences it matches.</summary>
    public double Idf(QueryUnit unit) => Idf(unit, 0);

    private double Idf(QueryUnit unit, double relativeCredit)
    {
        var n = _sentences.Count(s => Frequency(unit, s, relativeCredit) > 0);
        return Math.Log(1 + (_sentences.Count - n + 0.5) / (n + 0.5));
    }

    /// <summary>
    /// BM25 score (each term's contribution times its weight) and coverage of every sentence for
    /// <paramref name="query"/>, in index order. Coverage is the share of the idf mass of the full-weight terms
    /// (the claim's statement) that the sentence matches.
    /// </summary>
    /// <remarks>
    /// A unit's relatives count only when no indexed sentence holds the unit itself: expansion bridges a vocabulary
    /// the reports do not share ("consent" against "permission") and adds no noise where they share it.
    /// </remarks>
    public IReadOnlyList<(IndexedSentence Sentence, double Score, double Coverage)> Score(IReadOnlyList<QueryUnit> query)
    {
        var credit = query.Select(u => u.Relatives is { Count: > 0 } && !_sentences.Any(s => Frequency(u, s, 0) > 0) ? _settings.RelativeCredit : 0).ToArray();
        var idf = query.Select((u, q) => Idf(u, credit[q])).ToArray();
        var mass = query.Select((u, q) => u.Weight >= 1 ? idf[q] : 0).Sum();
        return _sentences.Select(sentence =>
        {
            var (score, matched) = (0.0, 0.0);
            for (var q = 0; q < query.Count; q++)
            {
                var tf = Frequency(query[q], sentence, credit[q]);
                if (tf == 0) continue;
                if (query[q].Weight >= 1) matched += idf[q] * Math.Min(1, tf);
                score += query[q].Weight * idf[q] * tf * (_settings.K1 + 1) / (tf + _settings.K1 * (1 - _settings.B + _settings.B * sentence.Norms.Count / _averageLength));
            }
            return (sentence, score, mass == 0 ? 0 : matched / mass);
        }).ToList();
    }

    private static double Frequency(QueryUnit unit, IndexedSentence sentence, double relativeCredit)
    {
        var count = 0.0;
        for (var i = 0; i < sentence.Norms.Count; i++)
        {
            if (unit.Matches(sentence.Norms[i], sentence.Stems[i])) count++;
            else if (relativeCredit > 0 && unit.IsRelative(sentence.Stems[i])) count += relativeCredit;
        }
        return count;
    }
}
