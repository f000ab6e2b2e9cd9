namespace Workbook.Corpora;

/// <summary>A sentence: <c>raw.Substring(Start, End - Start) == Text</c>.</summary>
/// <param name="DocumentId">The document it belongs to.</param>
/// <param name="Index">0-based position among the document's sentences.</param>
/// <param name="ParagraphIndex">The paragraph that holds it.</param>
/// <param name="Start">UTF-16 start offset in the raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
/// <param name="Text">The sentence's text.</param>
public sealed record SentenceRow(string DocumentId, int Index, int ParagraphIndex, int Start, int End, string Text);
