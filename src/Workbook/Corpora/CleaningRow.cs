namespace Workbook.Corpora;

/// <summary>A line that cleaning removed from a document, with the reason.</summary>
/// <param name="DocumentId">The document it was removed from.</param>
/// <param name="Line">1-based line number in the raw file.</param>
/// <param name="Reason">Why it is not article text.</param>
/// <param name="Start">UTF-16 start offset of the line's text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
/// <param name="Text">The removed text.</param>
public sealed record CleaningRow(string DocumentId, int Line, string Reason, int Start, int End, string Text);
