namespace Workbook.Claims;

/// <summary>The knobs of evidence retrieval.</summary>
/// <param name="K1">BM25 term-frequency saturation.</param>
/// <param name="B">BM25 length normalisation, 0 (none) to 1 (full).</param>
/// <param name="CueBoost">Evidence is relevant and takes a stance: a sentence's BM25 score is raised by this share for each stance cue it carries, up to two.</param>
/// <param name="SpanWordWeight">Weight of a query word that only the claim's quoted spans contribute (statement words weigh 1).</param>
/// <param name="ContextWeight">
/// Share of the previous sentence's score (same paragraph) added to a sentence's, never more than the sentence's own
/// score (so a sentence without the claim's words gains nothing), because reports carry an argument
/// across sentences: "That warning appears to have materially influenced strategic planning" is evidence through
/// the sentence before it.
/// </param>
/// <param name="EvidencePerReport">Evidence sentences kept per claim and report.</param>
/// <param name="RelativeCredit">What a WordNet relative's occurrence counts for, against 1 for the word itself or a corpus synonym.</param>
/// <param name="WordNetSenses">How many of a query word's most frequent WordNet senses lend it synonyms, derivations and hypernyms (0: none).</param>
/// <param name="Distinctiveness">
/// How strongly a claim's words are weighed by how much they set it apart from the op-ed's other claims (see
/// <see cref="ClaimComparison.Distinctive"/>). Off (0) by default: on the seeds' gold, strengths from 0.25 to 3 raised the
/// distinct top-3 evidence sentences from 29 to 29–33 of 54 but lowered label accuracy from 0.778 to 0.611.
/// </param>
public sealed record RetrievalSettings(double K1 = 1.2, double B = 0.75, double CueBoost = 0.25, double SpanWordWeight = 0.5, double ContextWeight = 0.5, int EvidencePerReport = 5,
    int WordNetSenses = 1, double RelativeCredit = 0.5, double Distinctiveness = 0)
{
    /// <summary>k1 = 1.2, b = 0.75 (the usual BM25), cue boost 0.25, span words at half weight, half the previous sentence's score, five sentences kept, one WordNet sense, relatives at half credit.</summary>
    public static RetrievalSettings Default { get; } = new();
}
