namespace Workbook.Claims;

/// <summary>One span of a claim, as the claims table and claims.csv show it.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Statement">Its one-line statement.</param>
/// <param name="Source">The analyst's file or automatic extraction.</param>
/// <param name="DocumentId">The op-ed.</param>
/// <param name="Start">UTF-16 start offset of the span.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
/// <param name="Text">The span's text.</param>
/// <param name="Role">The part the claim plays in the argument.</param>
/// <param name="Section">The heading of the section it stands in, or empty.</param>
/// <param name="Stance">For the op-ed's thesis, or against it (a view the op-ed answers).</param>
public sealed record ClaimRow(string ClaimId, string Statement, ClaimSource Source, string DocumentId, int Start, int End, string Text, ClaimRole Role, string Section,
    ClaimStance Stance);
