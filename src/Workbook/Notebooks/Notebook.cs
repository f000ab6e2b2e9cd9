namespace Workbook.Notebooks;

/// <summary>A rendered notebook: its file stem (e.g. "01-corpus"), title and cells.</summary>
/// <param name="Name">File stem; the notebook is written to Name.ipynb and the site page to Name.html.</param>
/// <param name="Title">Title, from the chapter.</param>
/// <param name="Cells">Cells in order.</param>
public sealed record Notebook(string Name, string Title, IReadOnlyList<NotebookCell> Cells);
