namespace Workbook;

/// <summary>The op-ed's claims set against the reports: the claims, the ranked evidence, and the relations.</summary>
/// <param name="OpEdId">The op-ed.</param>
/// <param name="ReportIds">The reports, in corpus order.</param>
/// <param name="Claims">The claims compared.</param>
/// <param name="Evidence">Top sentences per claim and report, best first.</param>
/// <param name="Relations">One row per claim and report.</param>
public sealed record ClaimComparisonResult(string OpEdId, IReadOnlyList<string> ReportIds, IReadOnlyList<Claim> Claims, Table<EvidenceRow> Evidence, Table<RelationRow> Relations);
