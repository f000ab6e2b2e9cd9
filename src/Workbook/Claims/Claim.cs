using Workbook.Text;

namespace Workbook.Claims;

/// <summary>A claim the op-ed makes: a one-line statement and the op-ed spans it rests on.</summary>
/// <param name="Id">"C1", … for the analyst's claims, "A1", … for automatic ones.</param>
/// <param name="Statement">The claim in one line.</param>
/// <param name="Source">The analyst's file or automatic extraction.</param>
/// <param name="DocumentId">The op-ed.</param>
/// <param name="Spans">Where in the op-ed the claim is made.</param>
/// <param name="Role">The part it plays in the argument (<see cref="ClaimRole.Stated"/> for the analyst's).</param>
/// <param name="Section">The heading of the section it stands in, if the op-ed has headings there.</param>
/// <param name="Stance">For the op-ed's thesis, or against it: a view the op-ed states in order to answer it.</param>
public sealed record Claim(string Id, string Statement, ClaimSource Source, string DocumentId, IReadOnlyList<TextSpan> Spans,
    ClaimRole Role = ClaimRole.Stated, string? Section = null, ClaimStance Stance = ClaimStance.For);
