using Microsoft.Data.Analysis;
using Workbook.Tables;

namespace Workbook.Display;

/// <summary>A DataFrame seen as an <see cref="ITable"/>, so a cell that returns one renders in our table style, without the kernel's clock-based ids.</summary>
/// <param name="frame">The DataFrame shown.</param>
internal sealed class DataFrameTable(DataFrame frame) : ITable
{
    public string Noun => "row";

    public int Count => (int)Math.Min(frame.Rows.Count, int.MaxValue);

    public int TotalCount => Count;

    public IReadOnlyList<TableColumn> Columns { get; } = frame.Columns
        .Select(c => new TableColumn(c.Name, c.DataType, row => c[(long)row]))
        .ToList();

    public object RowAt(int index) => (long)index;
}
