using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>A token: <c>raw.Substring(Start, End - Start) == Text</c>.</summary>
/// <param name="DocumentId">The document it belongs to.</param>
/// <param name="Index">0-based position among the document's tokens.</param>
/// <param name="SentenceIndex">The sentence that holds it.</param>
/// <param name="Start">UTF-16 start offset in the raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
/// <param name="Text">The token as written.</param>
/// <param name="Norm">Lower case, quotes and apostrophes folded: what counts compare.</param>
/// <param name="Kind">Word, number, punctuation or symbol.</param>
public sealed record TokenRow(string DocumentId, int Index, int SentenceIndex, int Start, int End, string Text, string Norm, TokenKind Kind);
