namespace Workbook.Claims;

/// <summary>How <see cref="ClaimExtractor"/> reads an argument's structure and scores its sentences.</summary>
/// <param name="MinScore">Lowest cue score for a section's claim (default 1).</param>
/// <param name="ExtraScore">Cue score at which a sentence is a claim besides its section's best (default 5).</param>
/// <param name="MinOverlap">Content-word Jaccard overlap at which two claims say the same thing and merge (default 0.3).</param>
/// <param name="MinWords">Fewest words a claim sentence has (default 6).</param>
/// <param name="MaxClaims">Most claims returned; the strongest are kept (default 14).</param>
/// <param name="TopicWeight">Score for a topic term of the corpus's cues (default 2).</param>
/// <param name="MaxEvaluation">Most score from evaluation words, one each (default 2).</param>
/// <param name="FirstSentenceWeight">Score for being the text's first sentence, where theses stand (default 2).</param>
/// <param name="SectionOpeningWeight">Score for opening a section, where topic sentences stand (default 1).</param>
/// <param name="LastSectionWeight">Score for standing in the last section, where conclusions stand (default 1).</param>
/// <param name="CentralityWeight">Score for a sentence whose content words the rest of its section all use, in proportion (default 2).</param>
/// <param name="DependentPenalty">Score taken from a sentence that opens leaning on the one before ("It", "But"; default 2).</param>
/// <param name="SentencesPerSection">For a text without headings: one section per this many sentences (default 30).</param>
/// <param name="TilingWindow">For a text without headings: sentences compared on each side of a gap (default 5).</param>
/// <param name="MinSectionSentences">For a text without headings: fewest sentences in a section (default 10).</param>
/// <param name="MaxParagraphSections">Most paragraphs a text without headings may have to be read paragraph by paragraph, as an essay; longer texts are divided by cohesion (default 12).</param>
/// <param name="MinParagraphSentences">Fewest sentences a paragraph has on average for paragraphs to be the argument's units (default 2).</param>
/// <param name="PositionWeight">For a text read by paragraph: score for a first-person position ("I believe") or a summing-up opener ("In conclusion") (default 2).</param>
/// <param name="ClosingSentenceWeight">For a text read by paragraph: score for the introduction's last sentence and the conclusion's first, where the thesis stands (default 1).</param>
/// <param name="BodyClaims">For a text read by paragraph: which sentences of a body paragraph are its claims (default: the conclusion its last sentence draws, else its topic sentence).</param>
/// <param name="OpposingClaims">For a text read by paragraph: whether a body sentence that sets out the other side's view is a claim against (default true).</param>
public sealed record ClaimExtractionSettings(int MinScore = 1, int ExtraScore = 5, double MinOverlap = 0.3, int MinWords = 6, int MaxClaims = 14,
    int TopicWeight = 2, int MaxEvaluation = 2, int FirstSentenceWeight = 2, int SectionOpeningWeight = 1, int LastSectionWeight = 1, double CentralityWeight = 2, int DependentPenalty = 2,
    int SentencesPerSection = 30, int TilingWindow = 5, int MinSectionSentences = 10,
    int MaxParagraphSections = 12, int MinParagraphSentences = 2, double PositionWeight = 2, double ClosingSentenceWeight = 1,
    BodyParagraphClaims BodyClaims = BodyParagraphClaims.ConclusionElseTopic, bool OpposingClaims = true)
{
    /// <summary>The defaults.</summary>
    public static ClaimExtractionSettings Default { get; } = new();
}
