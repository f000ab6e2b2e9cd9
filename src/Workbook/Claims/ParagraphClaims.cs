using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// The claims of a text divided by paragraph, read as a persuasive essay is built. The introduction gives the thesis:
/// its sentence that takes a position in the first person ("I believe", "in my opinion"), else its last sentence. The
/// conclusion restates it: its sentence with a position or a summing-up opener ("in conclusion"), else its first.
/// Each body paragraph gives its topic sentence (its first) or the conclusion its last sentence draws ("Therefore, …",
/// "This shows…"), or both, as <see cref="ClaimExtractionSettings.BodyClaims"/> says. A sentence that sets out a view the author answers
/// ("some people argue…") followed by the answer ("However, …") is a claim against the thesis, and the answer a claim for it.
/// </summary>
internal static class ParagraphClaims
{
    /// <summary>The claims of <paramref name="sections"/>, one candidate each, in text order.</summary>
    public static IEnumerable<ClaimCandidate> Pick(IReadOnlyList<ArgumentSection> sections, SentenceCues cues, ClaimExtractionSettings settings)
    {
        foreach (var section in sections)
        {
            var candidates = section.Sentences.Where(s => !SentenceCues.IsQuestion(s) && s.WordCount >= settings.MinWords).ToList();
            if (candidates.Count == 0) candidates = section.Sentences.Where(s => !SentenceCues.IsQuestion(s) && s.WordCount > 0).ToList();
            if (candidates.Count == 0) continue;
            var (first, last) = (section.Sentences[0], section.Sentences[^1]);
            double Position(IndexedSentence s) => cues.Has(CueSection.Position, s) ? settings.PositionWeight : 0;
            switch (section.Part)
            {
                case ArgumentPart.Introduction:
                    var thesis = Best(candidates, s => Position(s) + (s == last ? settings.ClosingSentenceWeight : 0)
                        - (cues.StatesOpposingView(s) ? settings.PositionWeight : 0), preferLater: true);
                    yield return new ClaimCandidate(thesis, 0, ClaimRole.Thesis, ClaimStance.For, section);
                    break;
                case ArgumentPart.Conclusion:
                    var restated = Best(candidates, s => Position(s) + (cues.OpensWith(CueSection.Conclusion, s) ? settings.PositionWeight : 0)
                        + (s == first ? settings.ClosingSentenceWeight : 0), preferLater: false);
                    yield return new ClaimCandidate(restated, 0, ClaimRole.Conclusion, ClaimStance.For, section);
                    break;
                default:
                    foreach (var candidate in BodyClaims(section, candidates, cues, settings)) yield return candidate;
                    break;
            }
        }
    }

    private static IEnumerable<ClaimCandidate> BodyClaims(ArgumentSection section, List<IndexedSentence> candidates, SentenceCues cues, ClaimExtractionSettings settings)
    {
        var (topic, last) = (candidates[0], section.Sentences[^1]);
        var concluding = last != topic && candidates.Contains(last) && !cues.StatesOpposingView(last)
            && (cues.OpensWith(CueSection.Conclusion, last) || cues.Has(CueSection.Inference, last)) ? last : null;
        var against = cues.StatesOpposingView(topic);
        if (concluding is null || settings.BodyClaims != BodyParagraphClaims.ConclusionElseTopic || against)
            yield return new ClaimCandidate(topic, 0, against ? ClaimRole.Rebuttal : ClaimRole.TopicSentence, against ? ClaimStance.Against : ClaimStance.For, section);
        var answer = against ? Answer(section, topic, cues) : null;
        foreach (var sentence in candidates.Skip(1))
        {
            if (sentence == answer) yield return new ClaimCandidate(sentence, 0, ClaimRole.Claim, ClaimStance.For, section);
            else if (cues.StatesOpposingView(sentence) && settings.OpposingClaims && Answer(section, sentence, cues) is { } reply)
            {
                yield return new ClaimCandidate(sentence, 0, ClaimRole.Rebuttal, ClaimStance.Against, section);
                answer = reply;
            }
            else if (sentence == concluding && settings.BodyClaims != BodyParagraphClaims.Topic)
                yield return new ClaimCandidate(sentence, 0, ClaimRole.Claim, ClaimStance.For, section);
        }
    }

    /// <summary>The sentence after <paramref name="view"/> when it opens by turning against it ("However, …"): the author's answer.</summary>
    private static IndexedSentence? Answer(ArgumentSection section, IndexedSentence view, SentenceCues cues)
    {
        var next = section.Sentences.SkipWhile(s => s != view).Skip(1).FirstOrDefault();
        return next is not null && cues.OpensWith(CueSection.Contrast, next) ? next : null;
    }

    private static IndexedSentence Best(List<IndexedSentence> candidates, Func<IndexedSentence, double> score, bool preferLater)
    {
        var (best, bestScore) = (candidates[0], score(candidates[0]));
        foreach (var candidate in candidates.Skip(1))
        {
            var value = score(candidate);
            if (value > bestScore || (preferLater && value == bestScore)) (best, bestScore) = (candidate, value);
        }
        return best;
    }
}
