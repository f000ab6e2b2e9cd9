using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>The points of a scattertext-style chart: frequency-rank percentiles in each group plus the scaled F-score.</summary>
internal static class TermScatter
{
    /// <summary>One point per term of either group, in the scaled F-score order.</summary>
    public static TermScatterResult Compute(Corpus corpus, DocumentGroup target, DocumentGroup reference, IReadOnlySet<string>? leaveOut)
    {
        if (target.Documents.Count == 0 || reference.Documents.Count == 0)
            throw new InsufficientDocumentsException($"a term scatter needs a non-empty target and reference (\"{target.Label}\" has {target.Documents.Count}, \"{reference.Label}\" {reference.Documents.Count} documents)");
        var scores = ScaledFScore.Compute(corpus, target, reference, leaveOut);
        var terms = scores.Select(s => s.Term).ToArray();
        var targetRanks = Percentiles(scores.Select(s => (double)s.TargetCount).ToArray(), terms);
        var referenceRanks = Percentiles(scores.Select(s => (double)s.ReferenceCount).ToArray(), terms);
        var points = scores.Select((s, i) => new TermScatterPoint(s.Term, s.TargetCount, s.ReferenceCount, targetRanks[i], referenceRanks[i], s.Score)).ToTable("term");
        return new TermScatterResult(target, reference, points);
    }

    /// <summary>
    /// Ordinal ranks (1-based) divided by the number of values; ties are broken by term so that terms with the same
    /// count spread along their band instead of piling on one point, and every run places them the same way.
    /// Absent terms (count 0) are ranked the same way, so they spread along the bottom of the range.
    /// </summary>
    public static double[] Percentiles(IReadOnlyList<double> values, IReadOnlyList<string> terms)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => terms[i], StringComparer.Ordinal).ToArray();
        var ranks = new double[values.Count];
        for (var k = 0; k < order.Length; k++) ranks[order[k]] = (k + 1.0) / values.Count;
        return ranks;
    }
}
