namespace Workbook.Export;

/// <summary>An export file: its name and its CSV text.</summary>
/// <param name="Name">File name, e.g. "tokens.csv".</param>
/// <param name="Content">The CSV text.</param>
public sealed record CsvFile(string Name, string Content);
