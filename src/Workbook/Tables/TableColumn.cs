namespace Workbook.Tables;

/// <summary>One column of a <see cref="Table{TRow}"/>: a name for people, the value type, and how to read it from a row.</summary>
/// <param name="Name">Header text, e.g. "document id".</param>
/// <param name="Type">The column's value type.</param>
/// <param name="Read">Reads the column's value from a row.</param>
public sealed record TableColumn(string Name, Type Type, Func<object, object?> Read);
