namespace Workbook.Notebooks;

/// <summary>A cell as a chapter wrote it, before its value is formatted: markdown text, or code with the value it returned.</summary>
/// <param name="Source">Markdown, or C# source.</param>
/// <param name="IsCode">True for a code cell.</param>
/// <param name="Value">What the code returned (null for markdown or no value).</param>
public sealed record DraftCell(string Source, bool IsCode, object? Value);
