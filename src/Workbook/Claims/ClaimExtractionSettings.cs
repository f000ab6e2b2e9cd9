namespace Workbook.Claims;

/// <summary>How <see cref="ClaimExtractor"/> scores op-ed sentences and groups them into claims.</summary>
/// <param name="MinScore">Lowest cue score for a candidate sentence (default 4).</param>
/// <param name="MinOverlap">Content-word Jaccard overlap at which a candidate joins a stronger one's claim (default 0.2).</param>
/// <param name="MinWords">Fewest words a candidate sentence has (default 6).</param>
/// <param name="MaxClaims">Most claims returned (default 8).</param>
/// <param name="TopicWeight">Score for a topic term (default 2).</param>
/// <param name="MaxEvaluation">Most score from evaluation words, one each (default 2).</param>
/// <param name="FirstSentenceWeight">Score for being the text's first sentence, where theses stand (default 2).</param>
/// <param name="LastParagraphWeight">Score for standing in the last paragraph, where conclusions stand (default 1).</param>
public sealed record ClaimExtractionSettings(int MinScore = 4, double MinOverlap = 0.2, int MinWords = 6, int MaxClaims = 8,
    int TopicWeight = 2, int MaxEvaluation = 2, int FirstSentenceWeight = 2, int LastParagraphWeight = 1)
{
    /// <summary>The defaults.</summary>
    public static ClaimExtractionSettings Default { get; } = new();
}
