using Microsoft.Data.Analysis;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Display;

/// <summary>
/// Our record tables as Microsoft.Data.Analysis DataFrames, for users who explore with DataFrame's API
/// (<c>ValueCounts</c>, <c>GroupBy</c>, <c>Filter</c>). The table stays the faster, leaner form the library computes in;
/// a DataFrame is a copy made at the edge.
/// </summary>
public static class TableDataFrame
{
    /// <summary>
    /// A DataFrame with one typed column per table column, in order: whole numbers as Int32 or Int64, reals as Double,
    /// booleans as Boolean, closed sets by their table names ("not addressed"), everything else as strings.
    /// </summary>
    public static DataFrame ToDataFrame(this ITable table)
    {
        var rows = Enumerable.Range(0, table.Count).Select(table.RowAt).ToList();
        return new DataFrame(table.Columns.Select(column => Column(column, rows)));
    }

    private static DataFrameColumn Column(TableColumn column, IReadOnlyList<object> rows)
    {
        var values = rows.Select(column.Read);
        var type = Nullable.GetUnderlyingType(column.Type) ?? column.Type;
        if (type == typeof(int)) return new Int32DataFrameColumn(column.Name, values.Select(v => (int?)v));
        if (type == typeof(long)) return new Int64DataFrameColumn(column.Name, values.Select(v => (long?)v));
        if (type == typeof(double)) return new DoubleDataFrameColumn(column.Name, values.Select(v => v is double d && !double.IsNaN(d) ? d : (double?)null));
        if (type == typeof(bool)) return new BooleanDataFrameColumn(column.Name, values.Select(v => (bool?)v));
        return new StringDataFrameColumn(column.Name, values.Select(v => v switch
        {
            null => null,
            Enum e => EnumNames.Name(e),
            _ => CellText.Format(v),
        }));
    }
}
