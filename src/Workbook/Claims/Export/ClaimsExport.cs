using Workbook.Export;

namespace Workbook.Claims.Export;

/// <summary>The claims family's exports: the op-ed's claims, then their comparison with the reports (skipped when no report is left).</summary>
public sealed class ClaimsExport : FamilyExport<ClaimsFamily>
{
    /// <inheritdoc/>
    public override IReadOnlyList<ExportAnalysis> Analyses(ClaimsFamily family, ExportScope scope) =>
    [
        new("claims", () => [ClaimCsv.Claims(family.Argument(scope.OpEd))]),
        new("claims comparison", () => ClaimCsv.Comparison(family.Compare(scope.OpEd, scope.Reports)), ClaimCsv.ComparisonFileNames),
    ];
}
