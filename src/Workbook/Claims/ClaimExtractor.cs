namespace Workbook;

/// <summary>
/// Finds candidate claims in an op-ed without a claim file. Each body sentence is scored by transparent cues:
/// a topic term (+2), evaluation words such as "misreading" or "fallacy" (+1 each, at most 2), a prediction (+1),
/// a rebuttal marker such as "suggests" or "consensus" (+1), a negation (+1), being the text's first sentence (+2,
/// where theses stand) or in its last paragraph (+1). Sentences scoring at least <see cref="MinScore"/> are
/// candidates; candidates whose content words overlap (Jaccard ≥ <see cref="MinOverlap"/>) with a stronger one
/// join its claim.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Lowest cue score for a candidate sentence.</summary>
    public const int MinScore = 4;
    /// <summary>Content-word overlap at which a candidate joins a claim.</summary>
    public const double MinOverlap = 0.2;
    private const int MinWords = 6;

    /// <summary>The op-ed's candidate claims, at most <paramref name="maxClaims"/>, in text order, ids A1, A2, ….</summary>
    public static IReadOnlyList<Claim> Extract(Corpus corpus, Document opEd, StanceLexicon lexicon, int maxClaims = 8)
    {
        var sentences = IndexedSentence.Of(corpus, opEd);
        var lastParagraph = opEd.Paragraphs.Count - 1;
        var candidates = sentences
            .Where(s => opEd.Paragraphs[s.Row.ParagraphIndex].Role != ParagraphRole.Heading && s.Norms.Count >= MinWords)
            .Select(s => (Sentence: s, Score: Score(s, lexicon, s.Row.Index == 0, s.Row.ParagraphIndex == lastParagraph), Words: ContentWords(s)))
            .Where(c => c.Score >= MinScore)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Sentence.Row.Index)
            .ToList();

        var groups = new List<List<(IndexedSentence Sentence, int Score, HashSet<string> Words)>>();
        foreach (var candidate in candidates)
        {
            var home = groups.FirstOrDefault(g => Jaccard(g[0].Words, candidate.Words) >= MinOverlap);
            if (home is not null) home.Add(candidate);
            else groups.Add([candidate]);
        }
        return groups.Take(maxClaims)
            .OrderBy(g => g[0].Sentence.Row.Index)
            .Select((g, i) => new Claim($"A{i + 1}", g[0].Sentence.Row.Text, Claim.Automatic, opEd.Id,
                g.OrderBy(m => m.Sentence.Row.Index).Select(m => new TextSpan(m.Sentence.Row.Start, m.Sentence.Row.End)).ToList()))
            .ToList();
    }

    /// <summary>The cue score of one sentence.</summary>
    public static int Score(IndexedSentence sentence, StanceLexicon lexicon, bool isFirst, bool inLastParagraph)
    {
        int Count(string section) => Enumerable.Range(0, sentence.Norms.Count).Count(i => lexicon[section].Any(c => c.MatchAt(sentence.Norms, i) >= 0));
        return (Count("topic") > 0 ? 2 : 0) + Math.Min(2, Count("evaluation")) + Math.Min(1, Count("prediction"))
            + Math.Min(1, Count("rebuttal")) + Math.Min(1, Count("negation")) + (isFirst ? 2 : 0) + (inLastParagraph ? 1 : 0);
    }

    private static HashSet<string> ContentWords(IndexedSentence sentence) =>
        sentence.Norms.Zip(sentence.Stems).Where(w => !StopWords.English.Contains(w.First)).Select(w => w.Second).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
