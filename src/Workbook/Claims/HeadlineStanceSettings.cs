namespace Workbook.Claims;

/// <summary>The thresholds of <see cref="HeadlineStance"/>, set on the FNC-1 development half (stance-dev) only.</summary>
/// <param name="RelatedCoverage">Least share of the headline's idf mass the body must contain to be related (default 0.4).</param>
/// <param name="EvidenceSentences">How many of the body's closest sentences are read for cues (default 3).</param>
/// <param name="AgreeCoverage">Coverage of the closest sentence above which an uncontested, unhedged body agrees (default 0.5).</param>
public sealed record HeadlineStanceSettings(double RelatedCoverage = 0.25, int EvidenceSentences = 3, double AgreeCoverage = 0.5)
{
    /// <summary>The defaults.</summary>
    public static HeadlineStanceSettings Default { get; } = new();
}
