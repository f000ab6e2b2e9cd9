using Workbook.Export;

namespace Workbook.Actors.Export;

/// <summary>The actors family's export: every actor mention.</summary>
public sealed class ActorsExport : FamilyExport<ActorsFamily>
{
    /// <inheritdoc/>
    public override IReadOnlyList<ExportAnalysis> Analyses(ActorsFamily family, ExportScope scope) =>
        [new("actors", () => [ActorsCsv.Mentions(family.Mentions())])];
}
