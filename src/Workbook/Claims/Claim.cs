namespace Workbook;

/// <summary>A claim the op-ed makes: a one-line statement and the op-ed spans it rests on.</summary>
/// <param name="Id">"C1", … for the analyst's claims, "A1", … for automatic ones.</param>
/// <param name="Statement">The claim in one line.</param>
/// <param name="Source">"analyst" (from claims.json) or "automatic".</param>
/// <param name="DocumentId">The op-ed.</param>
/// <param name="Spans">Where in the op-ed the claim is made.</param>
public sealed record Claim(string Id, string Statement, string Source, string DocumentId, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>Source of claims read from claims.json.</summary>
    public const string Analyst = "analyst";
    /// <summary>Source of claims found by <see cref="ClaimExtractor"/>.</summary>
    public const string Automatic = "automatic";
}
