using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>The terms chosen for exploring a corpus (keyword in context, dispersion), with where they came from.</summary>
/// <param name="Source">Where the terms were taken from.</param>
/// <param name="Rows">One row per term, in the order chosen.</param>
public sealed record KeyTermsResult(KeyTermSource Source, Table<KeyTermRow> Rows)
{
    /// <summary>The terms, in the order chosen.</summary>
    public IReadOnlyList<string> Terms => Rows.Select(r => r.Term).ToList();

    /// <summary>The terms as one keyword-in-context pattern, "a | b | c".</summary>
    public string Pattern => string.Join(" | ", Terms);
}
