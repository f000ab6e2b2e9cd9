using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>Keyness of a target group against a reference group (quanteda's textstat_keyness, AntConc's keyword list).</summary>
internal static class Keyness
{
    /// <summary>
    /// One row per term occurring at least <paramref name="minCount"/> times in both groups together, sorted by
    /// signed G² (most target-typical first, most reference-typical last; ties by term).
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="target">The group whose typical words score positive.</param>
    /// <param name="reference">The group it is compared with.</param>
    /// <param name="minCount">Least count of a term in both groups together.</param>
    /// <param name="leaveOut">Terms not counted at all (a stop list), or null to count every word.</param>
    /// <exception cref="InsufficientDocumentsException">A group is empty.</exception>
    /// <exception cref="ArgumentException">The groups share a document.</exception>
    public static KeynessResult Compute(Corpus corpus, DocumentGroup target, DocumentGroup reference, int minCount, IReadOnlySet<string>? leaveOut)
    {
        if (target.Documents.Count == 0 || reference.Documents.Count == 0)
            throw new InsufficientDocumentsException($"keyness needs a non-empty target and reference (\"{target.Label}\" has {target.Documents.Count}, \"{reference.Label}\" {reference.Documents.Count} documents)");
        var shared = target.Ids.Intersect(reference.Ids).ToList();
        if (shared.Count > 0) throw new ArgumentException($"target and reference share {string.Join(", ", shared)}");
        var t = TermCounts.Of(target.Documents, corpus.Vocabulary, leaveOut);
        var r = TermCounts.Of(reference.Documents, corpus.Vocabulary, leaveOut);
        var rows = t.Counts.Keys.Union(r.Counts.Keys)
            .Select(term => Row(term, t[term], r[term], t.Total, r.Total))
            .Where(row => row.TargetCount + row.ReferenceCount >= minCount)
            .OrderByDescending(row => row.G2).ThenBy(row => row.Term, StringComparer.Ordinal)
            .ToTable("term");
        return new KeynessResult(target, reference, minCount, leaveOut is not null, rows);
    }

    /// <summary>The keyness row of a term with counts <paramref name="a"/> and <paramref name="b"/> in groups of <paramref name="targetTotal"/> and <paramref name="referenceTotal"/> tokens.</summary>
    public static KeynessRow Row(string term, int a, int b, int targetTotal, int referenceTotal)
    {
        long c = targetTotal - a, d = referenceTotal - b;
        var g2 = KeynessStatistics.LogLikelihood(a, b, c, d);
        return new KeynessRow(term, a, b, g2, KeynessStatistics.ChiSquared(a, b, c, d),
            KeynessStatistics.LogRatio(a, b, targetTotal, referenceTotal), KeynessStatistics.PValue(g2));
    }
}
