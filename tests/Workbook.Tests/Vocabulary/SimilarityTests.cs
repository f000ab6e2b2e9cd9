using Workbook.Corpora;
using Workbook.Vocabulary;

namespace Workbook.Tests.Vocabulary;

public class SimilarityTests
{
    private static SimilarityResult Of(params string[] texts) => Similarity.Compute(
        Corpus.FromTexts(texts.Select((text, i) => (new ManifestEntry($"d{i:D5}", $"d{i:D5}.txt", null, "news", null), text))), null);

    [Fact]
    public void Pairs_are_the_cosines_of_idf_weighted_counts_worked_out_by_hand()
    {
        // n = 3; idf = ln(4/(1+df)) + 1: "red" (df 2) 1 + ln(4/3), "blue" and "green" (df 1) 1 + ln 2.
        var result = Of("red blue", "red green", "yellow");
        var (red, rare) = (1 + Math.Log(4.0 / 3), 1 + Math.Log(2));
        var expected = red * red / (red * red + rare * rare);
        Assert.Equal(expected, result.Cosine("d00000", "d00001"), 12);
        var pairs = result.Pairs();
        Assert.Equal(9, pairs.Count);
        Assert.Equal(expected, pairs.Single(p => p.DocumentA == "d00001" && p.DocumentB == "d00000").Cosine, 12);
        Assert.Equal(0, pairs.Single(p => p.DocumentA == "d00002" && p.DocumentB == "d00000").Cosine);
        Assert.Equal(1, pairs.Single(p => p.DocumentA == "d00002" && p.DocumentB == "d00002").Cosine, 12);
        Assert.All(pairs, p => Assert.Equal(result.Cosine(p.DocumentA, p.DocumentB), p.Cosine));
    }

    [Fact]
    public void Nearest_keeps_each_documents_closest_others_above_zero_closest_first()
    {
        var result = Of("red blue", "red green", "red blue green", "yellow");
        var nearest = result.Nearest(1);
        Assert.Equal(["d00000→d00002", "d00001→d00002", "d00002→d00000"], nearest.Select(r => $"{r.DocumentA}→{r.DocumentB}"));
        Assert.All(nearest, r => Assert.Equal(result.Cosine(r.DocumentA, r.DocumentB), r.Cosine));
    }

    [Fact]
    public void Nearest_over_more_documents_than_all_pairs_allows_reads_the_inverted_index_and_agrees_with_closest_to()
    {
        var words = new[] { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa" };
        var texts = Enumerable.Range(0, 5100).Select(i => $"{words[i % 10]} {words[i / 10 % 10]} {words[i / 100 % 10]} {words[i / 7 % 10]}").ToArray();
        var result = Of(texts);
        var nearest = result.Nearest(3).GroupBy(r => r.DocumentA).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var id in new[] { "d00000", "d00001", "d01234", "d05099" })
        {
            var expected = result.ClosestTo(id).Where(r => r.Cosine > 0).Take(3).ToList();
            Assert.Equal(expected.Select(r => (r.DocumentB, r.Cosine)), nearest[id].Select(r => (r.DocumentB, r.Cosine)));
        }
    }
}
