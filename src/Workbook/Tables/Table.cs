using System.Collections;
using System.ComponentModel;
using System.Reflection;

namespace Workbook.Tables;

/// <summary>
/// An immutable list of records of one type, with a noun for its rows. Query it with LINQ; <see cref="Where"/>
/// and <see cref="Top"/> keep it a table so it still displays as one. Columns are the record's properties, headed by
/// their [DisplayName] or else their name in words.
/// </summary>
/// <typeparam name="TRow">The row record.</typeparam>
public sealed class Table<TRow> : ITable, IReadOnlyList<TRow> where TRow : notnull
{
    private static readonly IReadOnlyList<TableColumn> Schema = typeof(TRow)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
        .Select(p => new TableColumn(p.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? ColumnName.Of(p.Name), p.PropertyType, row => p.GetValue(row)))
        .ToList();

    private readonly IReadOnlyList<TRow> _rows;

    /// <summary>Wraps <paramref name="rows"/>; <paramref name="totalCount"/> is the count before any cut.</summary>
    public Table(string noun, IReadOnlyList<TRow> rows, int? totalCount = null)
    {
        Noun = noun;
        _rows = rows;
        TotalCount = totalCount ?? rows.Count;
    }

    /// <inheritdoc />
    public string Noun { get; }
    /// <inheritdoc />
    public int Count => _rows.Count;
    /// <inheritdoc />
    public int TotalCount { get; }
    /// <inheritdoc />
    public IReadOnlyList<TableColumn> Columns => Schema;
    /// <summary>The row at <paramref name="index"/>.</summary>
    public TRow this[int index] => _rows[index];

    /// <summary>The rows that satisfy <paramref name="predicate"/>, as a table.</summary>
    public Table<TRow> Where(Func<TRow, bool> predicate) => new(Noun, _rows.Where(predicate).ToList());

    /// <summary>The first <paramref name="count"/> rows; the table remembers how many there were.</summary>
    public Table<TRow> Top(int count) => new(Noun, _rows.Take(count).ToList(), TotalCount);

    object ITable.RowAt(int index) => _rows[index];
    /// <inheritdoc />
    public IEnumerator<TRow> GetEnumerator() => _rows.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
