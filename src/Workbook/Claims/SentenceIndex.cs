using System.Runtime.InteropServices;
using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>
/// BM25 (k1 and b from <see cref="RetrievalSettings"/>) over a set of sentences, each sentence one retrieval unit, read
/// through one inverted index (stem and norm → positions) built once. Query terms are <see cref="QueryUnit"/>s, so a
/// synonym counts as its topic term. Also reports a sentence's coverage: the share of the query's idf mass it matches
/// (a relative's match counting <see cref="RetrievalSettings.RelativeCredit"/>), which says whether a report addresses a claim at all.
/// </summary>
internal sealed class SentenceIndex
{
    private readonly IReadOnlyList<IndexedSentence> _sentences;
    private readonly double _averageLength;
    private readonly RetrievalSettings _settings;
    private readonly Postings _postings;

    /// <summary>Indexes <paramref name="sentences"/>.</summary>
    public SentenceIndex(RetrievalSettings settings, IReadOnlyList<IndexedSentence> sentences)
    {
        _settings = settings;
        _sentences = sentences;
        _averageLength = sentences.Count == 0 ? 1 : Math.Max(1, sentences.Average(s => s.WordCount));
        _postings = new Postings(sentences);
    }

    /// <summary>The indexed sentences.</summary>
    public IReadOnlyList<IndexedSentence> Sentences => _sentences;

    /// <summary>BM25's idf of <paramref name="unit"/>: ln(1 + (N − n + 0.5)/(n + 0.5)), n the sentences it matches.</summary>
    public double Idf(QueryUnit unit) => Idf(Frequencies(unit, 0).Count);

    /// <summary>
    /// BM25 score (each term's contribution times its weight) and coverage of every sentence for
    /// <paramref name="query"/>, in index order. Coverage is the share of the idf mass of the full-weight terms
    /// (the claim's statement) that the sentence matches.
    /// </summary>
    /// <remarks>
    /// A unit's relatives count only when no indexed sentence holds the unit itself: expansion bridges a vocabulary
    /// the reports do not share ("wages" against "pay") and adds no noise where they share it.
    /// </remarks>
    public IReadOnlyList<(IndexedSentence Sentence, double Score, double Coverage)> Score(IReadOnlyList<QueryUnit> query)
    {
        var frequencies = query.Select(u =>
        {
            var full = Frequencies(u, 0);
            return full.Count == 0 && u.Relatives is { Count: > 0 } ? Frequencies(u, _settings.RelativeCredit) : full;
        }).ToList();
        var idf = frequencies.Select(f => Idf(f.Count)).ToArray();
        var mass = query.Select((u, q) => u.Weight >= 1 ? idf[q] : 0).Sum();
        var scores = new double[_sentences.Count];
        var matched = new double[_sentences.Count];
        for (var q = 0; q < query.Count; q++)
            foreach (var (s, tf) in frequencies[q].OrderBy(f => f.Key))
            {
                if (query[q].Weight >= 1) matched[s] += idf[q] * Math.Min(1, tf);
                scores[s] += query[q].Weight * idf[q] * tf * (_settings.K1 + 1) / (tf + _settings.K1 * (1 - _settings.B + _settings.B * _sentences[s].WordCount / _averageLength));
            }
        return _sentences.Select((sentence, s) => (sentence, scores[s], mass == 0 ? 0 : matched[s] / mass)).ToList();
    }

    private double Idf(int n) => Math.Log(1 + (_sentences.Count - n + 0.5) / (n + 0.5));

    /// <summary>Each matching sentence's term frequency: a word matching the unit counts 1, a word that is only one of its relatives <paramref name="relativeCredit"/>.</summary>
    private Dictionary<int, double> Frequencies(QueryUnit unit, double relativeCredit)
    {
        var full = new HashSet<(int Sentence, int Position)>();
        foreach (var member in unit.Members)
        {
            foreach (var positions in _postings.OfStem(member)) full.UnionWith(positions);
            if (member.Contains('*') || member.Contains('?'))
            {
                foreach (var norm in _postings.Norms)
                    if (Text.Glob.Matches(member, norm))
                        foreach (var positions in _postings.OfNorm(norm)) full.UnionWith(positions);
            }
            else
                foreach (var positions in _postings.OfNorm(member)) full.UnionWith(positions);
        }
        var frequencies = new Dictionary<int, double>();
        foreach (var (sentence, _) in full) frequencies[sentence] = frequencies.GetValueOrDefault(sentence) + 1;
        if (relativeCredit > 0 && unit.Relatives is { } relatives)
            foreach (var relative in relatives.Distinct())
                foreach (var positions in _postings.OfStem(relative))
                    foreach (var position in positions)
                        if (!full.Contains(position)) frequencies[position.Sentence] = frequencies.GetValueOrDefault(position.Sentence) + relativeCredit;
        return frequencies;
    }

    /// <summary>
    /// Where each word occurs, in sentence and word order, as slices of one array: one slice per distinct (norm, stem),
    /// found by its norm or by its stem. The words are counted first, so no list per word grows and nothing is copied.
    /// </summary>
    private sealed class Postings
    {
        private readonly (int Sentence, int Position)[] _positions;
        private readonly int[] _starts, _counts;
        private readonly Dictionary<string, List<int>> _byNorm = new(StringComparer.Ordinal), _byStem = new(StringComparer.Ordinal);

        public Postings(IReadOnlyList<IndexedSentence> sentences)
        {
            var slots = new Dictionary<(string Norm, string Stem), int>();
            var counts = new List<int>();
            var slotOfWord = new int[sentences.Sum(s => s.WordCount)];
            var word = 0;
            foreach (var sentence in sentences)
            {
                var (norms, stems) = (sentence.Norms, sentence.Stems);
                for (var i = 0; i < norms.Count; i++)
                {
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, (norms[i], stems[i]), out var known);
                    if (!known)
                    {
                        slot = counts.Count;
                        counts.Add(0);
                        Add(_byNorm, norms[i], slot);
                        Add(_byStem, stems[i], slot);
                    }
                    counts[slot]++;
                    slotOfWord[word++] = slot;
                }
            }
            _counts = counts.ToArray();
            _starts = new int[_counts.Length];
            for (var k = 1; k < _starts.Length; k++) _starts[k] = _starts[k - 1] + _counts[k - 1];
            var next = (int[])_starts.Clone();
            _positions = new (int Sentence, int Position)[word];
            word = 0;
            for (var s = 0; s < sentences.Count; s++)
            {
                var count = sentences[s].WordCount;
                for (var i = 0; i < count; i++) _positions[next[slotOfWord[word++]]++] = (s, i);
            }
        }

        /// <summary>Every distinct norm.</summary>
        public IEnumerable<string> Norms => _byNorm.Keys;

        /// <summary>The positions of <paramref name="norm"/>, as one slice per stem it was given.</summary>
        public IEnumerable<ArraySegment<(int Sentence, int Position)>> OfNorm(string norm) => Slices(_byNorm, norm);

        /// <summary>The positions of the words whose stem is <paramref name="stem"/>, as one slice per norm.</summary>
        public IEnumerable<ArraySegment<(int Sentence, int Position)>> OfStem(string stem) => Slices(_byStem, stem);

        private IEnumerable<ArraySegment<(int Sentence, int Position)>> Slices(Dictionary<string, List<int>> byKey, string key) =>
            byKey.TryGetValue(key, out var slots) ? slots.Select(slot => new ArraySegment<(int Sentence, int Position)>(_positions, _starts[slot], _counts[slot])) : [];

        private static void Add(Dictionary<string, List<int>> byKey, string key, int slot)
        {
            ref var slots = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out _);
            (slots ??= []).Add(slot);
        }
    }
}
