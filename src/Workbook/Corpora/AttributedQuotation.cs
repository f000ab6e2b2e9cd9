namespace Workbook.Corpora;

/// <summary>A quotation with whom the text attributes it to: what the attribution mechanism finds, for any family that needs a voice.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Quote">The quoted words.</param>
/// <param name="Kind">Reported speech or a term; a term has no source.</param>
/// <param name="Source">The source as the text writes it ("a senior official"), or empty.</param>
/// <param name="Speaker">The speaker's name where the source names one ("Jane Doe"), else the source without its article.</param>
/// <param name="Named">True when the source is a named person or body, false for an unnamed source or none.</param>
/// <param name="Outlet">The outlet or channel that relayed the words ("the wire service"), or empty.</param>
/// <param name="Cue">The reporting cue as written ("said", "described"), or empty.</param>
/// <param name="Start">UTF-16 start offset of the quoted words.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public sealed record AttributedQuotation(string DocumentId, string Quote, QuotationKind Kind, string Source, string Speaker, bool Named, string Outlet, string Cue, int Start, int End);
