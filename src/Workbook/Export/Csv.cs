namespace Workbook.Export;

/// <summary>Writes RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.</summary>
internal static class Csv
{
    /// <summary>The CSV text of <paramref name="header"/> and <paramref name="rows"/>.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var text = new StringWriter();
        Table(header, rows).Write(text);
        return text.ToString();
    }

    /// <summary>A table of rows given as values, to write later.</summary>
    public static CsvTable Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        new CsvTable<IReadOnlyList<object?>>(header, rows, static (row, values) =>
        {
            foreach (var value in values) row.Add(value);
        });

    /// <summary>A table whose rows write their own typed fields, to write later.</summary>
    public static CsvTable Table<TRow>(IReadOnlyList<string> header, IEnumerable<TRow> rows, Action<ICsvRow, TRow> fields) => new CsvTable<TRow>(header, rows, fields);
}
