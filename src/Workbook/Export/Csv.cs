using System.Globalization;
using Workbook.Tables;

namespace Workbook.Export;

/// <summary>Writes RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.</summary>
public static class Csv
{
    /// <summary>The CSV text of <paramref name="header"/> and <paramref name="rows"/>.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var text = new StringWriter();
        Write(text, header, rows);
        return text.ToString();
    }

    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="writer"/>, one row at a time.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        WriteRow(writer, header);
        foreach (var row in rows) WriteRow(writer, row);
    }

    /// <summary>A table of rows to write later.</summary>
    public static CsvTable Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) => new(header, rows);

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

    private static void WriteRow<T>(TextWriter writer, IReadOnlyList<T> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    /// <summary>Writes what <see cref="Field"/> returns, without making a string of a number or of text that needs no quotes.</summary>
    private static void WriteField(TextWriter writer, object? value)
    {
        Span<char> number = stackalloc char[32];
        switch (value)
        {
            case string text when text.AsSpan().IndexOfAny(",\"\r\n") < 0:
                writer.Write(text);
                break;
            case int whole when whole.TryFormat(number, out var length, default, CultureInfo.InvariantCulture):
                writer.Write(number[..length]);
                break;
            case double real when !double.IsNaN(real) && real.TryFormat(number, out var length, "R", CultureInfo.InvariantCulture):
                writer.Write(number[..length]);
                break;
            default:
                writer.Write(Field(value));
                break;
        }
    }
}
