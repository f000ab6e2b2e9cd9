using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Finds candidate claims in an op-ed without a claim file. Each body sentence is scored by transparent cues
/// (weights in <see cref="ClaimExtractionSettings"/>): a topic term, evaluation words, a prediction, a rebuttal marker,
/// a negation, being the text's first sentence (where theses stand) or in its last paragraph. Sentences scoring at
/// least the minimum are candidates; a candidate whose content words overlap enough with a stronger one joins its claim.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>The op-ed's candidate claims, at most <see cref="ClaimExtractionSettings.MaxClaims"/>, in text order, ids A1, A2, ….</summary>
    public static IReadOnlyList<Claim> Extract(Corpus corpus, Document opEd, CueLexicon lexicon, IReadOnlySet<string> stopWords, ClaimExtractionSettings settings)
    {
        var sentences = IndexedSentence.Of(corpus, opEd);
        var lastParagraph = opEd.Paragraphs.Count - 1;
        var candidates = sentences
            .Where(s => opEd.Paragraphs[s.Row.ParagraphIndex].Role != ParagraphRole.Heading && s.Norms.Count >= settings.MinWords)
            .Select(s => (Sentence: s, Score: Score(s, lexicon, s.Row.Index == 0, s.Row.ParagraphIndex == lastParagraph, settings), Words: ContentWords(s, stopWords)))
            .Where(c => c.Score >= settings.MinScore)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Sentence.Row.Index)
            .ToList();

        var groups = new List<List<(IndexedSentence Sentence, int Score, HashSet<string> Words)>>();
        foreach (var candidate in candidates)
        {
            var home = groups.FirstOrDefault(g => Jaccard(g[0].Words, candidate.Words) >= settings.MinOverlap);
            if (home is not null) home.Add(candidate);
            else groups.Add([candidate]);
        }
        return groups.Take(settings.MaxClaims)
            .OrderBy(g => g[0].Sentence.Row.Index)
            .Select((g, i) => new Claim($"A{i + 1}", g[0].Sentence.Row.Text, ClaimSource.Automatic, opEd.Id,
                g.OrderBy(m => m.Sentence.Row.Index).Select(m => new TextSpan(m.Sentence.Row.Start, m.Sentence.Row.End)).ToList()))
            .ToList();
    }

    /// <summary>The cue score of one sentence.</summary>
    public static int Score(IndexedSentence sentence, CueLexicon lexicon, bool isFirst, bool inLastParagraph, ClaimExtractionSettings settings)
    {
        int Count(CueSection section) => Enumerable.Range(0, sentence.Norms.Count).Count(i => lexicon[section].Any(c => c.MatchAt(sentence.Norms, i) >= 0));
        return (Count(CueSection.Topic) > 0 ? settings.TopicWeight : 0) + Math.Min(settings.MaxEvaluation, Count(CueSection.Evaluation))
            + Math.Min(1, Count(CueSection.Prediction)) + Math.Min(1, Count(CueSection.Rebuttal)) + Math.Min(1, Count(CueSection.Negation))
            + (isFirst ? settings.FirstSentenceWeight : 0) + (inLastParagraph ? settings.LastParagraphWeight : 0);
    }

    private static HashSet<string> ContentWords(IndexedSentence sentence, IReadOnlySet<string> stopWords) =>
        sentence.Norms.Zip(sentence.Stems).Where(w => !stopWords.Contains(w.First)).Select(w => w.Second).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
