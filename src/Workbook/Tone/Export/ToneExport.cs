using Workbook.Export;

namespace Workbook.Tone.Export;

/// <summary>The tone family's export: every sentence's compound score.</summary>
public sealed class ToneExport : FamilyExport<ToneFamily>
{
    /// <inheritdoc/>
    public override IReadOnlyList<ExportAnalysis> Analyses(ToneFamily family, ExportScope scope) =>
        [new("tone", () => [ToneCsv.Sentences(family.Sentences())])];
}
