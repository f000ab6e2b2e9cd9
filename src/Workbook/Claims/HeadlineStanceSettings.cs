namespace Workbook.Claims;

/// <summary>The thresholds of <see cref="HeadlineStance"/>, set on the FNC-1 development half (stance-dev) only.</summary>
/// <param name="RelatedCoverage">Least relatedness (opening and closest-sentence coverage blended, plus the weighted TF-IDF cosine) for a related body (default 0.46).</param>
/// <param name="OpeningWords">How many of the body's first word tokens form its opening, where news states its subject (default 60).</param>
/// <param name="OpeningWeight">The opening's share of the coverage blend; the body's closest sentence has the rest (default 0.6).</param>
/// <param name="CosineWeight">Weight of the TF-IDF cosine of the expanded headline and whole body, added to the blend (default 3).</param>
/// <param name="FeedbackBodies">How many of the bodies closest to a headline widen it by pseudo-relevance feedback (default 5).</param>
/// <param name="FeedbackTerms">How many of those bodies' heaviest words are added to the headline (default 30).</param>
/// <param name="FeedbackWeight">The added words' weight against the headline's own (default 1; 0 turns feedback off).</param>
/// <param name="RelativeCredit">What a headline word counts for when the text lacks it but holds a WordNet relative of it (boob → breast; default 0.5).</param>
/// <param name="EvidenceSentences">How many of the body's closest sentences are read for cues (default 3).</param>
/// <param name="AgreeCoverage">Coverage of the closest sentence above which an uncontested, unhedged body agrees (default 0.4).</param>
public sealed record HeadlineStanceSettings(double RelatedCoverage = 0.46, int OpeningWords = 60, double OpeningWeight = 0.6,
    int EvidenceSentences = 3, double AgreeCoverage = 0.4, double RelativeCredit = 0.5, double CosineWeight = 3,
    int FeedbackBodies = 5, int FeedbackTerms = 30, double FeedbackWeight = 1)
{
    /// <summary>The defaults.</summary>
    public static HeadlineStanceSettings Default { get; } = new();
}
