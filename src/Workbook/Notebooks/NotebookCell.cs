namespace Workbook.Notebooks;

/// <summary>A notebook cell with a stable id.</summary>
/// <param name="Id">Unique within the notebook, <c>^[a-zA-Z0-9-_]+$</c>, at most 64 characters.</param>
/// <param name="Source">The cell's text.</param>
public abstract record NotebookCell(string Id, string Source);

/// <summary>A markdown cell.</summary>
/// <param name="Id">Stable id.</param><param name="Source">Markdown text.</param>
public sealed record MarkdownCell(string Id, string Source) : NotebookCell(Id, Source);

/// <summary>A C# code cell with its saved outputs.</summary>
/// <param name="Id">Stable id.</param><param name="Source">C# source as it runs in Polyglot Notebooks.</param>
/// <param name="Outputs">Saved display outputs.</param>
public sealed record CodeCell(string Id, string Source, IReadOnlyList<CellOutput> Outputs) : NotebookCell(Id, Source);
