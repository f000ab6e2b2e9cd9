using System.ComponentModel;

namespace Workbook.Corpora;

/// <summary>One quotation in a document's kept text.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Index">Its position among the document's quotations.</param>
/// <param name="Kind">Reported speech or a term.</param>
/// <param name="Start">UTF-16 start offset of the quoted words (inside the marks).</param>
/// <param name="End">UTF-16 end offset (exclusive), before the closing mark.</param>
/// <param name="Text">The quoted words.</param>
public sealed record QuotationRow(string DocumentId, int Index, QuotationKind Kind, int Start, int End, [property: DisplayName("quoted words")] string Text);
