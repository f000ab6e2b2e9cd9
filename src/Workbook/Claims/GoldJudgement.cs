namespace Workbook.Claims;

/// <summary>The team's reading of one claim against one report: the relation and the sentences that show it.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="DocumentId">The report.</param>
/// <param name="Relation">The relation a careful reader gives.</param>
/// <param name="EvidenceSentences">Indices of the report sentences that show it (empty for not addressed).</param>
public sealed record GoldJudgement(string ClaimId, string DocumentId, ClaimRelation Relation, IReadOnlyList<int> EvidenceSentences);
