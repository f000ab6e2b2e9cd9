namespace Workbook.Export;

/// <summary>Collects one row's fields as values (numbers boxed), for readers that need values rather than text, such as SQLite.</summary>
internal sealed class CsvFieldValues : ICsvRow
{
    private readonly List<object?> _values = [];

    public IReadOnlyList<object?> Values => _values;

    public void Add(string? text) => _values.Add(text);

    public void Add(ReadOnlySpan<char> text) => _values.Add(text.ToString());

    public void Add(int number) => _values.Add(number);

    public void Add(double number) => _values.Add(number);

    public void Add(bool flag) => _values.Add(flag);

    public void Add(object? value) => _values.Add(value);
}
