using Workbook.Export;

namespace Workbook.Vocabulary.Export;

/// <summary>The vocabulary family's exports: keyness of the target against the reference (skipped when a group is empty), then document similarity.</summary>
public sealed class VocabularyExport : FamilyExport<VocabularyFamily>
{
    /// <inheritdoc/>
    public override IReadOnlyList<ExportAnalysis> Analyses(VocabularyFamily family, ExportScope scope) =>
    [
        new("keyness", () => [VocabularyCsv.Keyness(family.Keyness(scope.Target, scope.Reference))], [VocabularyCsv.KeynessFileName]),
        new("similarity", () => [VocabularyCsv.Similarity(family.Similarity())]),
    ];
}
