using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>An op-ed's claims set against reports, with everything it compared, so charts, summaries and exports need nothing else.</summary>
/// <param name="OpEdId">The op-ed.</param>
/// <param name="Reports">The reports, in corpus order.</param>
/// <param name="Claims">The claims compared.</param>
/// <param name="Frames">The two stance frames the relations were read in, or null when the corpus names none.</param>
/// <param name="Evidence">Top sentences per claim and report, best first.</param>
/// <param name="Relations">One row per claim and report.</param>
public sealed record ClaimComparisonResult(string OpEdId, DocumentGroup Reports, IReadOnlyList<Claim> Claims, StanceFrames? Frames,
    Table<EvidenceRow> Evidence, Table<RelationRow> Relations)
{
    /// <summary>Ids of the reports, in corpus order.</summary>
    public IReadOnlyList<string> ReportIds => Reports.Ids.ToList();
}
