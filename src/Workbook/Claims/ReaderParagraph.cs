using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>A kept paragraph of a document in the reader: where it stands in the raw text and where its sentences do.</summary>
/// <param name="Role">Body, heading or list item.</param>
/// <param name="Span">UTF-16 offsets of the paragraph in the raw text.</param>
/// <param name="Sentences">UTF-16 offsets of its sentences, in order, each inside <paramref name="Span"/>.</param>
public sealed record ReaderParagraph(ParagraphRole Role, TextSpan Span, IReadOnlyList<TextSpan> Sentences);
