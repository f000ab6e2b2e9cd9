using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Finds an op-ed's claims without a claim file, by reading how its argument is built. The text is divided into
/// <see cref="ArgumentSections"/>. A text divided by paragraph is read as an essay (<see cref="ParagraphClaims"/>:
/// thesis, topic sentences or the conclusions body paragraphs draw, views answered, the thesis restated). In a text
/// divided by headings or by cohesion each body sentence of at least <see cref="ClaimExtractionSettings.MinWords"/> words,
/// questions excepted, is scored by general cues (weights in <see cref="ClaimExtractionSettings"/>): evaluation words
/// ("wrong", "fallacy"), a rebuttal marker ("they argue", "the consensus"), a prediction, a negation, a booster, less a
/// hedge and less an opener that leans on the sentence before ("It", "But"), the corpus's topic terms if it names any, how many of its content words the rest of its section uses
/// (centrality), and its place: the text's first sentence, a section's first
/// sentence, the last section. A sentence with a rebuttal marker and no negation of its own states the view the op-ed
/// rejects, whatever it calls that view ("the lazy consensus suggests…") (<see cref="ClaimRole.Rebuttal"/>). The opening section gives the thesis, every other section its best sentence, and any
/// rebuttal, or sentence scoring <see cref="ClaimExtractionSettings.ExtraScore"/>, is a claim besides. Claims that share enough content
/// words merge; the strongest <see cref="ClaimExtractionSettings.MaxClaims"/> are kept, in text order, ids A1, A2, ….
/// </summary>
internal static class ClaimExtractor
{
    /// <summary>The op-ed's claims.</summary>
    public static IReadOnlyList<Claim> Extract(Corpus corpus, Document opEd, CorpusResources resources, ClaimExtractionSettings settings)
    {
        var sections = ArgumentSections.Of(corpus, opEd, resources.StopWords, settings);
        var cues = new SentenceCues(resources.Cues);
        if (sections.Count > 0 && sections[0].Division == SectionDivision.Paragraphs)
        {
            return ParagraphClaims.Pick(sections, cues, settings).Take(settings.MaxClaims).Select((c, i) => ToClaim($"A{i + 1}", opEd, [c])).ToList();
        }
        var picked = ScoredClaims(sections, cues, resources, settings);
        var claims = new List<List<ClaimCandidate>>();
        var words = picked.ToDictionary(p => p.Sentence.Row.Index, p => ContentWords(p.Sentence, resources.StopWords));
        foreach (var candidate in picked.OrderByDescending(p => p.Role is ClaimRole.Thesis).ThenByDescending(p => p.Score).ThenBy(p => p.Sentence.Row.Index))
        {
            var home = claims.FirstOrDefault(c => Jaccard(words[c[0].Sentence.Row.Index], words[candidate.Sentence.Row.Index]) >= settings.MinOverlap);
            if (home is not null) home.Add(candidate);
            else claims.Add([candidate]);
        }
        return claims.Take(settings.MaxClaims)
            .OrderBy(c => c[0].Sentence.Row.Index)
            .Select((c, i) => ToClaim($"A{i + 1}", opEd, c))
            .ToList();
    }

    private static Claim ToClaim(string id, Document opEd, IReadOnlyList<ClaimCandidate> merged) =>
        new(id, merged[0].Sentence.Row.Text, ClaimSource.Automatic, opEd.Id,
            merged.OrderBy(m => m.Sentence.Row.Index).Select(m => new TextSpan(m.Sentence.Row.Start, m.Sentence.Row.End)).ToList(),
            merged[0].Role, merged[0].Section.Heading, merged[0].Stance);

    /// <summary>Sections found by headings or by cohesion: each sentence scored by cues, the best of each section kept.</summary>
    private static List<ClaimCandidate> ScoredClaims(IReadOnlyList<ArgumentSection> sections, SentenceCues cues, CorpusResources resources, ClaimExtractionSettings settings)
    {
        var (boosters, hedges) = (resources.Markers[StanceMarkerCategory.Booster], resources.Markers[StanceMarkerCategory.Hedge]);
        var (boosterIndex, hedgeIndex) = (new CueIndex(boosters), new CueIndex(hedges));
        var dependent = resources.Cues.Index(CueSection.Dependent);
        var picked = new List<ClaimCandidate>();
        foreach (var section in sections)
        {
            var last = sections.Count > 1 && section.Part == ArgumentPart.Conclusion;
            var scored = section.Sentences
                .Where(s => s.WordCount >= settings.MinWords && !SentenceCues.IsQuestion(s))
                .Select(s =>
                {
                    int Count(CueSection section) => cues.Count(section, s);
                    var score = (Count(CueSection.Topic) > 0 ? settings.TopicWeight : 0) + Math.Min(settings.MaxEvaluation, Count(CueSection.Evaluation))
                        + Math.Min(1, Count(CueSection.Prediction)) + Math.Min(1, Count(CueSection.Rebuttal)) + Math.Min(1, Count(CueSection.Negation))
                        + Math.Min(1, SentenceCues.Count(boosterIndex, s)) - Math.Min(1, SentenceCues.Count(hedgeIndex, s))
                        - (dependent.FirstMatchAt(s.Tokens, 0) is not null ? settings.DependentPenalty : 0)
                        + (s.Row.Index == section.Sentences[0].Row.Index ? settings.SectionOpeningWeight : 0)
                        + (section.Index == 0 && s == section.Sentences[0] ? settings.FirstSentenceWeight : 0)
                        + (last ? settings.LastSectionWeight : 0)
                        + settings.CentralityWeight * Centrality(s, section, resources.StopWords);
                    var role = cues.StatesOpposingView(s) ? ClaimRole.Rebuttal : Count(CueSection.Prediction) > 0 ? ClaimRole.Prediction : ClaimRole.Assertion;
                    return (Sentence: s, Score: score, Role: role);
                })
                .OrderByDescending(s => s.Score).ThenBy(s => s.Sentence.Row.Index)
                .ToList();
            if (scored.Count == 0 || scored[0].Score < settings.MinScore) continue;
            var best = scored[0];
            var bestRole = section.Index == 0 ? ClaimRole.Thesis : best.Role == ClaimRole.Rebuttal ? ClaimRole.Rebuttal : last ? ClaimRole.Conclusion
                : best.Role == ClaimRole.Prediction ? ClaimRole.Prediction : ClaimRole.TopicSentence;
            picked.Add(new ClaimCandidate(best.Sentence, best.Score, bestRole, bestRole == ClaimRole.Rebuttal ? ClaimStance.Against : ClaimStance.For, section));
            picked.AddRange(scored.Skip(1).Where(s => s.Score >= settings.ExtraScore || s.Role == ClaimRole.Rebuttal)
                .Select(s => new ClaimCandidate(s.Sentence, s.Score, s.Role, s.Role == ClaimRole.Rebuttal ? ClaimStance.Against : ClaimStance.For, section)));
        }
        return picked;
    }

    /// <summary>The share of a sentence's content words that other sentences of its section use: how central it is to the section.</summary>
    private static double Centrality(IndexedSentence sentence, ArgumentSection section, IReadOnlySet<string> stopWords)
    {
        var own = ContentWords(sentence, stopWords);
        if (own.Count == 0 || section.Sentences.Count < 3) return 0;
        var others = section.Sentences.Where(s => s != sentence).SelectMany(s => s.Stems).ToHashSet(StringComparer.Ordinal);
        return (double)own.Count(others.Contains) / own.Count;
    }

    private static HashSet<string> ContentWords(IndexedSentence sentence, IReadOnlySet<string> stopWords) =>
        sentence.Norms.Zip(sentence.Stems).Where(w => !stopWords.Contains(w.First)).Select(w => w.Second).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
