using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>
/// Two-word collocations (quanteda's textstat_collocations, size 2, smoothing 0.5; plus MI and t-score). Pairs are
/// adjacent word or number tokens in the same sentence with no punctuation between them.
/// </summary>
internal static class Collocations
{
    /// <summary>Pairs seen at least <paramref name="minCount"/> times, by z descending (ties by collocation).</summary>
    public static Table<CollocationRow> Compute(Corpus corpus, IEnumerable<Document> documents, int minCount = 2)
    {
        var pairs = new Dictionary<(int, int), int>();
        foreach (var document in documents)
        {
            var t = document.Tokens;
            for (var i = 0; i + 1 < t.Count; i++)
                if (t.IsWordLike(i) && t.IsWordLike(i + 1) && t.Sentences[i] == t.Sentences[i + 1])
                    pairs[(t.Norms[i], t.Norms[i + 1])] = pairs.GetValueOrDefault((t.Norms[i], t.Norms[i + 1])) + 1;
        }
        var first = new Dictionary<int, int>();
        var second = new Dictionary<int, int>();
        foreach (var ((w1, w2), count) in pairs)
        {
            first[w1] = first.GetValueOrDefault(w1) + count;
            second[w2] = second.GetValueOrDefault(w2) + count;
        }
        var n = pairs.Values.Sum();
        return pairs.Where(p => p.Value >= minCount)
            .Select(p => Row($"{corpus.Vocabulary[p.Key.Item1]} {corpus.Vocabulary[p.Key.Item2]}", p.Value, first[p.Key.Item1], second[p.Key.Item2], n))
            .OrderByDescending(r => r.Z).ThenBy(r => r.Collocation, StringComparer.Ordinal)
            .ToTable("collocation");
    }

    /// <summary>Scores of a pair seen <paramref name="n11"/> times, whose first word starts <paramref name="firstTotal"/> pairs and second ends <paramref name="secondTotal"/>, among <paramref name="total"/> pairs.</summary>
    public static CollocationRow Row(string collocation, int n11, int firstTotal, int secondTotal, int total)
    {
        double a = n11 + 0.5, b = firstTotal - n11 + 0.5, c = secondTotal - n11 + 0.5, d = total - firstTotal - secondTotal + n11 + 0.5;
        var lambda = Math.Log(a * d / (b * c));
        var z = lambda / Math.Sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        var expected = (double)firstTotal * secondTotal / total;
        return new CollocationRow(collocation, n11, lambda, z, Math.Log2(n11 / expected), (n11 - expected) / Math.Sqrt(n11));
    }
}
