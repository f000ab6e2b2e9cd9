using Workbook.Corpora;

namespace Workbook.Export;

/// <summary>
/// A family's share of <c>workbook export</c>, declared once in the family's <c>Export</c> namespace (derive from
/// <see cref="FamilyExport{TFamily}"/>); the export and bench commands find every implementation, so adding a family's
/// tables edits nothing outside the family.
/// </summary>
public interface IFamilyExport
{
    /// <summary>The facade type whose results this exports.</summary>
    Type Family { get; }

    /// <summary>The family's analyses, in the order their files are written.</summary>
    /// <param name="family">The facade, of type <see cref="Family"/>.</param>
    /// <param name="scope">What the run compares.</param>
    IReadOnlyList<ExportAnalysis> Analyses(IAnalysisFamily family, ExportScope scope);
}
