namespace Workbook.Corpora;

/// <summary>A paragraph: <c>raw.Substring(Start, End - Start) == Text</c>.</summary>
/// <param name="DocumentId">The document it belongs to.</param>
/// <param name="Index">0-based position among the document's paragraphs.</param>
/// <param name="Role">Body, heading or list item.</param>
/// <param name="Start">UTF-16 start offset in the raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
/// <param name="Text">The paragraph's text.</param>
public sealed record ParagraphRow(string DocumentId, int Index, ParagraphRole Role, int Start, int End, string Text);
