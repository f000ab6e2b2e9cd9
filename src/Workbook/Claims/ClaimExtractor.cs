using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Finds an op-ed's claims without a claim file, by reading how its argument is built. The text is divided into
/// <see cref="ArgumentSections"/>; each body sentence of at least <see cref="ClaimExtractionSettings.MinWords"/> words,
/// questions excepted, is scored by general cues (weights in <see cref="ClaimExtractionSettings"/>): evaluation words
/// ("wrong", "fallacy"), a rebuttal marker ("they argue", "the consensus"), a prediction, a negation, a booster, less a
/// hedge and less an opener that leans on the sentence before ("It", "But"), the corpus's topic terms if it names any, how many of its content words the rest of its section uses
/// (centrality), and its place: the text's first sentence, a section's first
/// sentence, the last section. A sentence with a rebuttal marker and no negation of its own states the view the op-ed
/// rejects, whatever it calls that view ("the lazy consensus suggests…") (<see cref="ClaimRole.Rebuttal"/>). The opening section gives the thesis, every other section its best sentence, and any
/// rebuttal, or sentence scoring <see cref="ClaimExtractionSettings.ExtraScore"/>, is a claim besides. Claims that share enough content
/// words merge; the strongest <see cref="ClaimExtractionSettings.MaxClaims"/> are kept, in text order, ids A1, A2, ….
/// </summary>
public static class ClaimExtractor
{
    /// <summary>The op-ed's claims.</summary>
    public static IReadOnlyList<Claim> Extract(Corpus corpus, Document opEd, CorpusResources resources, ClaimExtractionSettings settings)
    {
        var sections = ArgumentSections.Of(corpus, opEd, resources.StopWords, settings);
        var cues = new Dictionary<CueSection, CueIndex>();
        foreach (var section in (CueSection[])[CueSection.Topic, CueSection.Evaluation, CueSection.Prediction, CueSection.Rebuttal, CueSection.Negation, CueSection.Dependent])
            cues[section] = new CueIndex(resources.Cues[section]);
        var (boosters, hedges) = (new CueIndex(resources.Markers[StanceMarkerCategory.Booster]), new CueIndex(resources.Markers[StanceMarkerCategory.Hedge]));

        var picked = new List<(IndexedSentence Sentence, double Score, ClaimRole Role, ArgumentSection Section)>();
        foreach (var section in sections)
        {
            var last = sections.Count > 1 && section.Index == sections.Count - 1;
            var scored = section.Sentences
                .Where(s => s.Norms.Count >= settings.MinWords && !IsQuestion(s.Tokens))
                .Select(s =>
                {
                    int Count(CueIndex index) => Matches(index, s.Tokens);
                    var score = (Count(cues[CueSection.Topic]) > 0 ? settings.TopicWeight : 0) + Math.Min(settings.MaxEvaluation, Count(cues[CueSection.Evaluation]))
                        + Math.Min(1, Count(cues[CueSection.Prediction])) + Math.Min(1, Count(cues[CueSection.Rebuttal])) + Math.Min(1, Count(cues[CueSection.Negation]))
                        + Math.Min(1, Count(boosters)) - Math.Min(1, Count(hedges))
                        - (cues[CueSection.Dependent].FirstMatchAt(s.Tokens, 0) is not null ? settings.DependentPenalty : 0)
                        + (s.Row.Index == section.Sentences[0].Row.Index ? settings.SectionOpeningWeight : 0)
                        + (section.Index == 0 && s == section.Sentences[0] ? settings.FirstSentenceWeight : 0)
                        + (last ? settings.LastSectionWeight : 0)
                        + settings.CentralityWeight * Centrality(s, section, resources.StopWords);
                    var statesOpposingView = Count(cues[CueSection.Rebuttal]) > 0 && Count(cues[CueSection.Negation]) == 0;
                    var role = statesOpposingView ? ClaimRole.Rebuttal : Count(cues[CueSection.Prediction]) > 0 ? ClaimRole.Prediction : ClaimRole.Assertion;
                    return (Sentence: s, Score: score, Role: role);
                })
                .OrderByDescending(s => s.Score).ThenBy(s => s.Sentence.Row.Index)
                .ToList();
            if (scored.Count == 0 || scored[0].Score < settings.MinScore) continue;
            var best = scored[0];
            var bestRole = section.Index == 0 ? ClaimRole.Thesis : best.Role == ClaimRole.Rebuttal ? ClaimRole.Rebuttal : last ? ClaimRole.Conclusion
                : best.Role == ClaimRole.Prediction ? ClaimRole.Prediction : ClaimRole.TopicSentence;
            picked.Add((best.Sentence, best.Score, bestRole, section));
            picked.AddRange(scored.Skip(1).Where(s => s.Score >= settings.ExtraScore || s.Role == ClaimRole.Rebuttal).Select(s => (s.Sentence, s.Score, s.Role, section)));
        }

        var claims = new List<List<(IndexedSentence Sentence, double Score, ClaimRole Role, ArgumentSection Section)>>();
        var words = picked.ToDictionary(p => p.Sentence.Row.Index, p => ContentWords(p.Sentence, resources.StopWords));
        foreach (var candidate in picked.OrderByDescending(p => p.Role is ClaimRole.Thesis).ThenByDescending(p => p.Score).ThenBy(p => p.Sentence.Row.Index))
        {
            var home = claims.FirstOrDefault(c => Jaccard(words[c[0].Sentence.Row.Index], words[candidate.Sentence.Row.Index]) >= settings.MinOverlap);
            if (home is not null) home.Add(candidate);
            else claims.Add([candidate]);
        }
        return claims.Take(settings.MaxClaims)
            .OrderBy(c => c[0].Sentence.Row.Index)
            .Select((c, i) => new Claim($"A{i + 1}", c[0].Sentence.Row.Text, ClaimSource.Automatic, opEd.Id,
                c.OrderBy(m => m.Sentence.Row.Index).Select(m => new TextSpan(m.Sentence.Row.Start, m.Sentence.Row.End)).ToList(), c[0].Role, c[0].Section.Heading))
            .ToList();
    }

    /// <summary>The share of a sentence's content words that other sentences of its section use: how central it is to the section.</summary>
    private static double Centrality(IndexedSentence sentence, ArgumentSection section, IReadOnlySet<string> stopWords)
    {
        var own = ContentWords(sentence, stopWords);
        if (own.Count == 0 || section.Sentences.Count < 3) return 0;
        var others = section.Sentences.Where(s => s != sentence).SelectMany(s => s.Stems).ToHashSet(StringComparer.Ordinal);
        return (double)own.Count(others.Contains) / own.Count;
    }

    private static bool IsQuestion(IReadOnlyList<string> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
            if (tokens[i].Any(char.IsLetterOrDigit)) return false;
            else if (tokens[i] == "?") return true;
        return false;
    }

    private static int Matches(CueIndex index, IReadOnlyList<string> tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++) if (index.FirstMatchAt(tokens, i) is not null) count++;
        return count;
    }

    private static HashSet<string> ContentWords(IndexedSentence sentence, IReadOnlySet<string> stopWords) =>
        sentence.Norms.Zip(sentence.Stems).Where(w => !stopWords.Contains(w.First)).Select(w => w.Second).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
