namespace Workbook.Export;

/// <summary>The rows of one CSV file, enumerated only when written, so an export never holds a whole file in memory.</summary>
/// <param name="Header">The column names.</param>
/// <param name="Rows">The rows, each with one field per column; enumerated once per write.</param>
public sealed record CsvTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);
