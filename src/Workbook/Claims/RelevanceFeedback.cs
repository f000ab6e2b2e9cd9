namespace Workbook.Claims;

/// <summary>
/// TF-IDF vectors of a set of texts, searched with queries widened by pseudo-relevance feedback (Rocchio): a query is
/// expanded with the heaviest terms of the texts it matches best, so a short headline ("Crabzilla") also matches texts that
/// tell the same story in other words ("giant crab").
/// <para>
/// Weights are term count × idf, with idf = ln((1 + n) / (1 + df)) + 1 over the n texts; vectors have unit length. The
/// expanded query is the unit query plus <see cref="Weight"/> × the unit centroid of the top terms of the
/// <see cref="Texts"/> best-matching texts, normalised again.
/// </para>
/// </summary>
internal sealed class RelevanceFeedback
{
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, IReadOnlyDictionary<string, double>> _vectors;
    private readonly Dictionary<string, List<(string Text, double Weight)>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, double>> _expanded = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="termCounts"/> (text id → term → count).</summary>
    /// <param name="termCounts">The texts' term counts, by text id.</param>
    /// <param name="texts">How many best-matching texts feed a query's expansion.</param>
    /// <param name="terms">How many of their heaviest terms are added.</param>
    /// <param name="weight">The expansion's weight against the query's own unit vector.</param>
    public RelevanceFeedback(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> termCounts, int texts, int terms, double weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(terms);
        (Texts, Terms, Weight) = (texts, terms, weight);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in termCounts.Values) foreach (var term in counts.Keys) frequency[term] = frequency.GetValueOrDefault(term) + 1;
        _idf = frequency.ToDictionary(f => f.Key, f => Math.Log((1.0 + termCounts.Count) / (1 + f.Value)) + 1, StringComparer.Ordinal);
        UnseenIdf = Math.Log(1.0 + termCounts.Count) + 1;
        _vectors = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (text, counts) in termCounts)
        {
            var vector = Unit(counts.ToDictionary(c => c.Key, c => c.Value * _idf[c.Key], StringComparer.Ordinal));
            _vectors[text] = vector;
            foreach (var (term, value) in vector)
            {
                if (!_postings.TryGetValue(term, out var posting)) _postings[term] = posting = [];
                posting.Add((text, value));
            }
        }
    }

    /// <summary>How many best-matching texts feed an expansion.</summary>
    public int Texts { get; }

    /// <summary>How many terms an expansion adds.</summary>
    public int Terms { get; }

    /// <summary>The expansion's weight against the query's own unit vector.</summary>
    public double Weight { get; }

    /// <summary>The idf of a term no text holds: ln(1 + n) + 1.</summary>
    public double UnseenIdf { get; }

    /// <summary>A term's idf over the indexed texts.</summary>
    public double Idf(string term) => _idf.GetValueOrDefault(term, UnseenIdf);

    /// <summary>The cosine of the query's TF-IDF vector (each distinct term once) with a text's.</summary>
    public double Cosine(IEnumerable<string> query, string text) => Dot(Query(query), _vectors[text]);

    /// <summary>The cosine of the query, expanded by feedback, with a text's vector.</summary>
    public double ExpandedCosine(IEnumerable<string> query, string text) => Dot(Expand(query), _vectors[text]);

    /// <summary>The expanded query as a unit vector; cached per distinct query.</summary>
    public IReadOnlyDictionary<string, double> Expand(IEnumerable<string> query)
    {
        var own = Query(query);
        var key = string.Join(' ', own.Keys.Order(StringComparer.Ordinal));
        if (_expanded.TryGetValue(key, out var known)) return known;
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, weight) in own)
            if (_postings.TryGetValue(term, out var posting))
                foreach (var (text, value) in posting) scores[text] = scores.GetValueOrDefault(text) + weight * value;
        var best = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(Texts).Select(s => s.Key).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var text in best) foreach (var (term, value) in _vectors[text]) centroid[term] = centroid.GetValueOrDefault(term) + value;
        var added = Unit(centroid.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(Terms)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));
        var expanded = new Dictionary<string, double>(own, StringComparer.Ordinal);
        foreach (var (term, value) in added) expanded[term] = expanded.GetValueOrDefault(term) + Weight * value;
        return _expanded[key] = Unit(expanded);
    }

    private Dictionary<string, double> Query(IEnumerable<string> query) =>
        Unit(query.Distinct(StringComparer.Ordinal).ToDictionary(t => t, Idf, StringComparer.Ordinal));

    private static double Dot(IReadOnlyDictionary<string, double> query, IReadOnlyDictionary<string, double> vector) =>
        query.Sum(q => vector.TryGetValue(q.Key, out var value) ? q.Value * value : 0);

    private static Dictionary<string, double> Unit(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0) foreach (var term in vector.Keys.ToList()) vector[term] /= norm;
        return vector;
    }
}
