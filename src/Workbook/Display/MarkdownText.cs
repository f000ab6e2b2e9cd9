namespace Workbook.Display;

/// <summary>Markdown produced by an analysis (a summary built from results); shown as HTML with any raw HTML escaped.</summary>
/// <param name="Markdown">The markdown text.</param>
public sealed record MarkdownText(string Markdown)
{
    /// <inheritdoc />
    public override string ToString() => Markdown;
}
