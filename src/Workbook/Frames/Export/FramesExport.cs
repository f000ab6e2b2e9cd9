using Workbook.Export;

namespace Workbook.Frames.Export;

/// <summary>The frames family's export: each document's frame shares.</summary>
public sealed class FramesExport : FamilyExport<FramesFamily>
{
    /// <inheritdoc/>
    public override IReadOnlyList<ExportAnalysis> Analyses(FramesFamily family, ExportScope scope) =>
        [new("frames", () => [FramesCsv.Shares(family.Shares())])];
}
