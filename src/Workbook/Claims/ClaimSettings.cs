namespace Workbook.Claims;

/// <summary>Every setting of the claims family, each with documented defaults.</summary>
/// <param name="Extraction">Automatic claim extraction.</param>
/// <param name="Retrieval">Evidence retrieval.</param>
/// <param name="Stance">Negation scope in stance reading.</param>
/// <param name="Relation">When evidence addresses a claim.</param>
public sealed record ClaimSettings(ClaimExtractionSettings Extraction, RetrievalSettings Retrieval, StanceSettings Stance, RelationSettings Relation)
{
    /// <summary>The defaults of each part.</summary>
    public static ClaimSettings Default { get; } = new(ClaimExtractionSettings.Default, RetrievalSettings.Default, StanceSettings.Default, RelationSettings.Default);
}
