using Workbook.Export;

namespace Workbook.Rhetoric.Export;

/// <summary>The rhetoric family's export: every stance marker.</summary>
public sealed class RhetoricExport : FamilyExport<RhetoricFamily>
{
    /// <inheritdoc/>
    public override IReadOnlyList<ExportAnalysis> Analyses(RhetoricFamily family, ExportScope scope) =>
        [new("stance markers", () => [RhetoricCsv.Markers(family.Markers())])];
}
