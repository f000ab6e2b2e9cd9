namespace Workbook.Claims;

/// <summary>Where a claim comes from.</summary>
public enum ClaimSource
{
    /// <summary>The analyst's claims.json.</summary>
    Analyst,
    /// <summary>Found in the op-ed by <see cref="ClaimExtractor"/>.</summary>
    Automatic,
}
