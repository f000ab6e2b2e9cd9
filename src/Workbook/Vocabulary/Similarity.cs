using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>
/// Document similarity (quanteda's textstat_simil on a tf-idf dfm): term counts weighted by smoothed inverse
/// document frequency, idf = ln((1 + n) / (1 + df)) + 1 (so terms in every document still count), compared by cosine.
/// </summary>
public static class Similarity
{
    /// <summary>The full matrix as rows, every ordered pair including each document with itself, in corpus order.</summary>
    public static SimilarityResult Compute(Corpus corpus, IReadOnlySet<string>? leaveOut)
    {
        var counts = corpus.Documents.Select(d => TermCounts.Of([d], corpus.Vocabulary, leaveOut)).ToList();
        var vectors = Weigh(counts.Select(c => c.Counts).ToList());
        var rows = new List<SimilarityRow>();
        for (var i = 0; i < vectors.Count; i++)
            for (var j = 0; j < vectors.Count; j++)
                rows.Add(new SimilarityRow(corpus.Documents[i].Id, corpus.Documents[j].Id, Cosine(vectors[i], vectors[j])));
        return new SimilarityResult(corpus.Documents.Select(d => d.Id).ToList(), rows.ToTable("document pair"));
    }

    /// <summary>TF-IDF vectors of documents given as term counts.</summary>
    public static List<Dictionary<string, double>> Weigh(IReadOnlyList<IReadOnlyDictionary<string, int>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Keys)) df[term] = df.GetValueOrDefault(term) + 1;
        var n = documents.Count;
        return documents.Select(d => d.ToDictionary(kv => kv.Key, kv => kv.Value * (Math.Log((1.0 + n) / (1.0 + df[kv.Key])) + 1), StringComparer.Ordinal)).ToList();
    }

    /// <summary>Cosine of two sparse vectors; 0 when either is all zeros.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> x, IReadOnlyDictionary<string, double> y)
    {
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        var dot = small.Sum(kv => large.TryGetValue(kv.Key, out var v) ? kv.Value * v : 0);
        var norms = Math.Sqrt(x.Values.Sum(v => v * v)) * Math.Sqrt(y.Values.Sum(v => v * v));
        return norms == 0 ? 0 : Math.Min(1, dot / norms);
    }
}
