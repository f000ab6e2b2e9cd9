using System.Buffers;
using System.Globalization;

namespace Workbook.Export;

/// <summary>
/// Writes fields to a text stream as RFC 4180 CSV, quoting a field only when it holds a comma, quote, CR or LF; text
/// fields in the <paramref name="form"/> asked for (see <see cref="CsvTextForm"/>).
/// </summary>
internal sealed class CsvTextRow(TextWriter writer, CsvTextForm form) : ICsvRow
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r'");
    private bool _started;

    public void Add(string? text) => Add(text.AsSpan());

    public void Add(ReadOnlySpan<char> text)
    {
        Separate();
        Write(text, apostrophe: form == CsvTextForm.Spreadsheet && text.Length > 0 && FormulaStarts.Contains(text[0]));
    }

    private void Write(ReadOnlySpan<char> text, bool apostrophe = false)
    {
        var quoted = text.IndexOfAny(NeedsQuotes) >= 0;
        if (quoted) writer.Write('"');
        if (apostrophe) writer.Write('\'');
        if (!quoted)
        {
            writer.Write(text);
            return;
        }
        for (var quote = text.IndexOf('"'); quote >= 0; quote = text.IndexOf('"'))
        {
            writer.Write(text[..(quote + 1)]);
            writer.Write('"');
            text = text[(quote + 1)..];
        }
        writer.Write(text);
        writer.Write('"');
    }

    public void Add(int number)
    {
        Separate();
        Span<char> digits = stackalloc char[16];
        number.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
    }

    public void Add(double number)
    {
        Separate();
        if (double.IsNaN(number)) return;
        if (number == 0) number = 0;
        Span<char> digits = stackalloc char[32];
        number.TryFormat(digits, out var length, "R", CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
    }

    public void Add(bool flag)
    {
        Separate();
        Write(flag ? "true" : "false");
    }

    public void Add(object? value)
    {
        switch (value)
        {
            case string text: Add(text); break;
            case int number: Add(number); break;
            case double number: Add(number); break;
            case bool flag: Add(flag); break;
            case IFormattable formattable:
                Separate();
                Write(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default: Add(value?.ToString()); break;
        }
    }

    /// <summary>Ends the row with CRLF.</summary>
    public void End()
    {
        writer.Write("\r\n");
        _started = false;
    }

    private void Separate()
    {
        if (_started) writer.Write(',');
        _started = true;
    }
}
