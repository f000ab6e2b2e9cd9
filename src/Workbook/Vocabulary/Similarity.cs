using Workbook.Corpora;

namespace Workbook.Vocabulary;

/// <summary>
/// Document similarity (quanteda's textstat_simil on a tf-idf dfm): term counts weighted by smoothed inverse
/// document frequency, idf = ln((1 + n) / (1 + df)) + 1 (so terms in every document still count), compared by cosine.
/// </summary>
internal static class Similarity
{
    /// <summary>The documents' TF-IDF vectors, from which any pair's cosine, a document's neighbours or the whole matrix are read.</summary>
    public static SimilarityResult Compute(Corpus corpus, IReadOnlySet<string>? leaveOut)
    {
        var counts = TermCounts.EachOf(corpus.Documents, corpus.Vocabulary, leaveOut).Select(c => c.Counts).ToList();
        return new SimilarityResult(corpus.Documents.Select(d => d.Id).ToList(), Weigh(counts));
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
    public static double Cosine(IReadOnlyDictionary<string, double> x, IReadOnlyDictionary<string, double> y) => Cosine(x, Norm(x), y, Norm(y));

    /// <summary>Cosine of two sparse vectors whose norms are known; 0 when either is all zeros.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> x, double xNorm, IReadOnlyDictionary<string, double> y, double yNorm)
    {
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        var dot = small.Sum(kv => large.TryGetValue(kv.Key, out var v) ? kv.Value * v : 0);
        var norms = xNorm * yNorm;
        return norms == 0 ? 0 : Math.Min(1, dot / norms);
    }

    /// <summary>The Euclidean norm of a sparse vector.</summary>
    public static double Norm(IReadOnlyDictionary<string, double> x) => Math.Sqrt(x.Values.Sum(v => v * v));
}
