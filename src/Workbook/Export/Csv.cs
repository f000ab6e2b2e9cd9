using System.Globalization;
using System.Text;

namespace Workbook.Export;

/// <summary>Writes RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.</summary>
public static class Csv
{
    /// <summary>The CSV text of <paramref name="header"/> and <paramref name="rows"/>.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows) AppendRow(text, row);
        return text.ToString();
    }

    /// <summary>A field as CSV text: invariant-culture numbers (round-trip for doubles), quoted when needed.</summary>
    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => double.IsNaN(d) ? "" : d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static void AppendRow<T>(StringBuilder text, IReadOnlyList<T> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Field(fields[i]));
        }
        text.Append("\r\n");
    }
}
