namespace Workbook.Export;

/// <summary>
/// Receives the fields of one CSV row in column order. Typed overloads let an export write numbers and text straight
/// to its stream, with no boxing and no string per field.
/// </summary>
public interface ICsvRow
{
    /// <summary>A text field; null writes an empty field.</summary>
    void Add(string? text);

    /// <summary>A text field read from a span, such as a slice of a document's raw text.</summary>
    void Add(ReadOnlySpan<char> text);

    /// <summary>A whole number, in invariant culture.</summary>
    void Add(int number);

    /// <summary>A real number, round-trip formatted in invariant culture; NaN writes an empty field and negative zero "0".</summary>
    void Add(double number);

    /// <summary>A yes/no field, <c>true</c> or <c>false</c>.</summary>
    void Add(bool flag);

    /// <summary>Any other value: booleans as <c>true</c>/<c>false</c>, numbers and enums formatted in invariant culture, everything else by its text.</summary>
    void Add(object? value);
}
