using System.Runtime.CompilerServices;
using Workbook.Corpora;
using Workbook.Display;

namespace Workbook.Notebooks;

/// <summary>
/// What a chapter writes into. <see cref="Code"/> takes a lambda: the compiler hands over both the
/// delegate, run at once, and its source text, written into the cell. A cell that throws fails the
/// render with the chapter and cell named. A cancelled <paramref name="cancel"/> stops the render before the next cell.
/// </summary>
public sealed class NotebookBuilder(string chapterName, CancellationToken cancel = default)
{
    private readonly List<DraftCell> _cells = [];

    /// <summary>Cells written so far.</summary>
    public IReadOnlyList<DraftCell> Cells => _cells;

    /// <summary>Adds a markdown cell.</summary>
    public void Markdown(string markdown) => _cells.Add(new DraftCell(markdown.Trim('\n'), false, null));

    /// <summary>Runs <paramref name="cell"/> and adds a code cell whose text is the lambda's body and whose output is its value.</summary>
    /// <param name="cell">An expression lambda over <c>wb</c>.</param>
    /// <param name="source">Filled in by the compiler.</param>
    public void Code(Func<object?> cell, [CallerArgumentExpression(nameof(cell))] string source = "")
    {
        cancel.ThrowIfCancellationRequested();
        var text = CellSource.FromLambda(source);
        object? value;
        try { value = cell(); }
        catch (InsufficientDocumentsException e) { value = new MarkdownText($"*Skipped:* {MarkdownEscape.Text(e.Message)}."); }
        catch (Exception e)
        {
            throw new InvalidOperationException($"chapter {chapterName}, cell {_cells.Count + 1} (`{text}`) failed: {e.Message}", e);
        }
        _cells.Add(new DraftCell(text, true, value));
    }
}
