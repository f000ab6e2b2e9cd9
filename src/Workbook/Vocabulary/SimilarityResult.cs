using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>
/// TF-IDF vectors of a corpus's documents, sparse, each with its norm, so that similarity is computed only for the
/// pairs asked for: the whole matrix for a small corpus, a document's closest others, or each document's nearest few.
/// </summary>
public sealed class SimilarityResult
{
    private readonly IReadOnlyList<Dictionary<string, double>> _vectors;
    private readonly double[] _norms;
    private readonly Dictionary<string, int> _index;

    /// <summary>The result for documents <paramref name="documentIds"/> with TF-IDF <paramref name="vectors"/>, in the same order.</summary>
    public SimilarityResult(IReadOnlyList<string> documentIds, IReadOnlyList<Dictionary<string, double>> vectors)
    {
        DocumentIds = documentIds;
        _vectors = vectors;
        _norms = vectors.Select(Similarity.Norm).ToArray();
        _index = documentIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The documents compared, in corpus order.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>The cosine of documents <paramref name="a"/> and <paramref name="b"/>.</summary>
    public double Cosine(string a, string b) => Cosine(IndexOf(a), IndexOf(b));

    /// <summary>
    /// Every ordered pair, each document with itself included, in corpus order: n² rows, so meant for corpora of a few
    /// hundred documents; use <see cref="Nearest"/> for larger ones.
    /// </summary>
    public Table<SimilarityRow> Pairs()
    {
        var cosines = AllCosines();
        var n = DocumentIds.Count;
        return Enumerable.Range(0, n)
            .SelectMany(i => Enumerable.Range(0, n).Select(j => new SimilarityRow(DocumentIds[i], DocumentIds[j], cosines[i * n + j])))
            .ToTable("document pair");
    }

    /// <summary>How similar every other document is to <paramref name="documentId"/>, closest first (ties by id).</summary>
    /// <exception cref="ArgumentException">No document has that id.</exception>
    public Table<SimilarityRow> ClosestTo(string documentId)
    {
        var i = IndexOf(documentId);
        return Enumerable.Range(0, DocumentIds.Count).Where(j => j != i)
            .Select(j => new SimilarityRow(documentId, DocumentIds[j], Cosine(i, j)))
            .OrderByDescending(r => r.Cosine).ThenBy(r => r.DocumentB, StringComparer.Ordinal).ToTable("document");
    }

    /// <summary>
    /// For each document, its <paramref name="perDocument"/> most similar others with a cosine above 0, closest first (ties
    /// by id). Candidates come from an inverted index, so the cost follows the shared terms, not the square of the corpus.
    /// </summary>
    public Table<SimilarityRow> Nearest(int perDocument)
    {
        if (DocumentIds.Count <= AllPairsLimit) return NearestOfAllPairs(perDocument);
        var postings = new Dictionary<string, List<(int Document, double Weight)>>(StringComparer.Ordinal);
        for (var d = 0; d < _vectors.Count; d++)
            foreach (var (term, weight) in _vectors[d])
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((d, weight));
            }
        var scores = new double[_vectors.Count];
        var touched = new List<int>();
        // The weakest candidate first, so the queue keeps the strongest; among equal estimates the later document goes first.
        var candidates = new PriorityQueue<int, (double Estimate, int Document)>(Comparer<(double Estimate, int Document)>.Create(
            (a, b) => a.Estimate != b.Estimate ? a.Estimate.CompareTo(b.Estimate) : b.Document.CompareTo(a.Document)));
        var rows = new List<SimilarityRow>();
        for (var d = 0; d < _vectors.Count; d++)
        {
            foreach (var (term, weight) in _vectors[d])
                foreach (var (other, otherWeight) in postings[term])
                {
                    if (other == d) continue;
                    if (scores[other] == 0) touched.Add(other);
                    scores[other] += weight * otherWeight;
                }
            candidates.Clear();
            foreach (var o in touched)
            {
                var estimate = _norms[d] * _norms[o] == 0 ? 0 : scores[o] / (_norms[d] * _norms[o]);
                candidates.Enqueue(o, (estimate, o));
                if (candidates.Count > perDocument + 1) candidates.Dequeue();
            }
            var best = new List<SimilarityRow>(candidates.Count);
            while (candidates.TryDequeue(out var o, out _)) best.Add(new SimilarityRow(DocumentIds[d], DocumentIds[o], Cosine(d, o)));
            rows.AddRange(best.Where(r => r.Cosine > 0).OrderByDescending(r => r.Cosine).ThenBy(r => r.DocumentB, StringComparer.Ordinal).Take(perDocument));
            foreach (var o in touched) scores[o] = 0;
            touched.Clear();
        }
        return rows.ToTable("document pair");
    }

    /// <summary>
    /// Every cosine, row by row, equal bit for bit to <see cref="Cosine(int, int)"/>: the larger vector of a pair is spread
    /// into a dense array once and the smaller one (the first on a tie, as there) is walked in its own order against it.
    /// </summary>
    private double[] AllCosines()
    {
        var n = _vectors.Count;
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = _vectors.Select(v => v.Select(kv =>
        {
            if (!termIds.TryGetValue(kv.Key, out var id)) termIds[kv.Key] = id = termIds.Count;
            return (Id: id, Weight: kv.Value);
        }).ToArray()).ToArray();
        var dense = new double[termIds.Count];
        var cosines = new double[n * n];
        for (var large = 0; large < n; large++)
        {
            foreach (var (id, weight) in documents[large]) dense[id] = weight;
            for (var small = 0; small < n; small++)
            {
                if (documents[small].Length > documents[large].Length) continue;
                double dot = 0;
                foreach (var (id, weight) in documents[small]) dot += weight * dense[id];
                var norms = _norms[small] * _norms[large];
                var cosine = norms == 0 ? 0 : Math.Min(1, dot / norms);
                cosines[small * n + large] = cosine;
                if (documents[small].Length < documents[large].Length) cosines[large * n + small] = cosine;
            }
            foreach (var (id, _) in documents[large]) dense[id] = 0;
        }
        return cosines;
    }

    /// <summary>Up to this many documents, <see cref="Nearest"/> reads every pair's cosine (n² doubles, 200 MB at the limit) rather than an inverted index.</summary>
    private const int AllPairsLimit = 5000;

    private Table<SimilarityRow> NearestOfAllPairs(int perDocument)
    {
        var n = DocumentIds.Count;
        var cosines = AllCosines();
        return Enumerable.Range(0, n).SelectMany(d => Enumerable.Range(0, n)
                .Where(o => o != d && cosines[d * n + o] > 0)
                .Select(o => new SimilarityRow(DocumentIds[d], DocumentIds[o], cosines[d * n + o]))
                .OrderByDescending(r => r.Cosine).ThenBy(r => r.DocumentB, StringComparer.Ordinal).Take(perDocument))
            .ToTable("document pair");
    }

    private double Cosine(int i, int j) => Similarity.Cosine(_vectors[i], _norms[i], _vectors[j], _norms[j]);

    private int IndexOf(string id) => _index.TryGetValue(id, out var i)
        ? i
        : throw new ArgumentException($"no document with id \"{id}\" (ids: {string.Join(", ", DocumentIds.Take(20))}{(DocumentIds.Count > 20 ? ", …" : "")})");
}
