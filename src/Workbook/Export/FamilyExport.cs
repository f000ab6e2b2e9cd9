using Workbook.Corpora;

namespace Workbook.Export;

/// <summary>The typed way to declare a family's exports: one sealed class per family, with a parameterless constructor.</summary>
/// <typeparam name="TFamily">The family's facade.</typeparam>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// new Workbook.Tone.Export.ToneExport().Analyses(wb.Tone, new Workbook.Export.ExportScope(wb.OpEd, wb.Reports))   // tone.csv's analysis
/// </code>
/// </example>
public abstract class FamilyExport<TFamily> : IFamilyExport where TFamily : IAnalysisFamily
{
    /// <inheritdoc/>
    public Type Family => typeof(TFamily);

    /// <inheritdoc/>
    IReadOnlyList<ExportAnalysis> IFamilyExport.Analyses(IAnalysisFamily family, ExportScope scope) => Analyses((TFamily)family, scope);

    /// <summary>The family's analyses, in the order their files are written.</summary>
    /// <param name="family">The facade.</param>
    /// <param name="scope">What the run compares.</param>
    public abstract IReadOnlyList<ExportAnalysis> Analyses(TFamily family, ExportScope scope);
}
