using Workbook.Export;

namespace Workbook.Sources.Export;

/// <summary>The sources family's export: every quotation with its source.</summary>
public sealed class SourcesExport : FamilyExport<SourcesFamily>
{
    /// <inheritdoc/>
    public override IReadOnlyList<ExportAnalysis> Analyses(SourcesFamily family, ExportScope scope) =>
        [new("quotations", () => [SourcesCsv.Quotes(family.Quotes())])];
}
