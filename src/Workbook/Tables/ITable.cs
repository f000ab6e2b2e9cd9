namespace Workbook.Tables;

/// <summary>A table as display sees it: a noun for its rows, its columns and cell values. Implemented by <see cref="Table{TRow}"/>.</summary>
public interface ITable
{
    /// <summary>What one row is, singular ("sentence").</summary>
    string Noun { get; }
    /// <summary>Rows held.</summary>
    int Count { get; }
    /// <summary>Rows before <see cref="Table{TRow}.Top"/> cut the table; equals <see cref="Count"/> otherwise.</summary>
    int TotalCount { get; }
    /// <summary>The columns, in record order.</summary>
    IReadOnlyList<TableColumn> Columns { get; }
    /// <summary>The row at <paramref name="index"/>, boxed.</summary>
    object RowAt(int index);
}
