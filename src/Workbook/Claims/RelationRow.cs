namespace Workbook.Claims;

/// <summary>The relation of one report to one claim, with the cues that decided it.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="DocumentId">The report.</param>
/// <param name="Relation">supports, contradicts, mixed, discusses or not addressed.</param>
/// <param name="Cues">The claim's frame and the evidence cues on each side, in words.</param>
public sealed record RelationRow(string ClaimId, string DocumentId, ClaimRelation Relation, string Cues);
