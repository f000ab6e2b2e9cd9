using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>
/// scattertext's scaled F-score. For each term, precision P = a/(a+b) and recall R = a/T are each passed
/// through the normal CDF of their z-score over all terms (population standard deviation), and combined by
/// harmonic mean; the same is done for the reference, and the larger is kept, negative when it is the reference's.
/// </summary>
internal static class ScaledFScore
{
    /// <summary>Scores for every term of either group, highest first (ties by term).</summary>
    public static Table<ScaledFScoreRow> Compute(Corpus corpus, DocumentGroup target, DocumentGroup reference, IReadOnlySet<string>? leaveOut)
    {
        var t = TermCounts.Of(target.Documents, corpus.Vocabulary, leaveOut);
        var r = TermCounts.Of(reference.Documents, corpus.Vocabulary, leaveOut);
        var terms = t.Counts.Keys.Union(r.Counts.Keys).Order(StringComparer.Ordinal).ToList();
        var a = terms.Select(term => (double)t[term]).ToArray();
        var b = terms.Select(term => (double)r[term]).ToArray();
        var scores = Scores(a, b);
        return terms.Select((term, i) => new ScaledFScoreRow(term, t[term], r[term], scores[i]))
            .OrderByDescending(row => row.Score).ThenBy(row => row.Term, StringComparer.Ordinal)
            .ToTable("term");
    }

    /// <summary>Signed scaled F-scores for terms with target counts <paramref name="a"/> and reference counts <paramref name="b"/>.</summary>
    public static double[] Scores(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var target = OneSide(a, b);
        var reference = OneSide(b, a);
        return target.Select((score, i) => score >= reference[i] ? score : -reference[i]).ToArray();
    }

    /// <summary>Harmonic means of normal-CDF-scaled P(category|term) and P(term|category), β = 1.</summary>
    public static double[] OneSide(IReadOnlyList<double> category, IReadOnlyList<double> other)
    {
        var total = category.Sum();
        var precision = category.Select((c, i) => c + other[i] == 0 ? 0 : c / (c + other[i])).ToArray();
        var recall = category.Select(c => total == 0 ? 0 : c / total).ToArray();
        var p = Scale(precision);
        var r = Scale(recall);
        return p.Select((pi, i) => pi + r[i] == 0 ? 0 : 2 * pi * r[i] / (pi + r[i])).ToArray();
    }

    private static double[] Scale(double[] values)
    {
        if (values.Length == 0) return values;
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        return values.Select(v => sd == 0 ? 0.5 : Normal.Cdf((v - mean) / sd)).ToArray();
    }
}
