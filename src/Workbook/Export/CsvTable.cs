namespace Workbook.Export;

/// <summary>
/// The header and rows of one CSV file. Rows are enumerated only when written and each writes its own fields through
/// an <see cref="ICsvRow"/>, so an export never holds a whole file, or a string per number, in memory.
/// </summary>
public abstract class CsvTable
{
    private protected CsvTable(IReadOnlyList<string> header) => Header = header;

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Each row's fields as values, numbers boxed: for readers that need values, such as SQLite. Enumerated once per call.</summary>
    public abstract IEnumerable<IReadOnlyList<object?>> Rows { get; }

    /// <summary>Writes the header and then every row to <paramref name="writer"/>, one row at a time, text fields in <paramref name="form"/>.</summary>
    public void Write(TextWriter writer, CsvTextForm form = CsvTextForm.Spreadsheet)
    {
        var row = new CsvTextRow(writer, form);
        foreach (var name in Header) row.Add(name);
        row.End();
        WriteRows(row);
    }

    private protected abstract void WriteRows(CsvTextRow row);
}

/// <summary>A <see cref="CsvTable"/> over rows of <typeparamref name="TRow"/>, each written by a field function.</summary>
/// <typeparam name="TRow">What one row is made from.</typeparam>
public sealed class CsvTable<TRow> : CsvTable
{
    private readonly IEnumerable<TRow> _rows;
    private readonly Action<ICsvRow, TRow> _fields;

    /// <summary>A table whose rows are <paramref name="rows"/>, each written by <paramref name="fields"/> in the columns of <paramref name="header"/>.</summary>
    public CsvTable(IReadOnlyList<string> header, IEnumerable<TRow> rows, Action<ICsvRow, TRow> fields) : base(header) =>
        (_rows, _fields) = (rows, fields);

    /// <inheritdoc />
    public override IEnumerable<IReadOnlyList<object?>> Rows => _rows.Select(source =>
    {
        var values = new CsvFieldValues();
        _fields(values, source);
        return values.Values;
    });

    private protected override void WriteRows(CsvTextRow row)
    {
        foreach (var source in _rows)
        {
            _fields(row, source);
            row.End();
        }
    }
}
