
namespace Workbook.Corpora;

/// <summary>A quotation with whom it is attributed to.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Quote">The quoted words.</param>
/// <param name="Kind">Reported speech or a term; a term has no source.</param>
/// <param name="Source">The source as the text writes it ("a senior Western diplomatic source"), or empty.</param>
/// <param name="Speaker">The speaker's name where the source names one ("Boris Johnson"), else the source without its article.</param>
/// <param name="Named">True when the source is a named person or body, false for an unnamed source or none.</param>
/// <param name="Outlet">The outlet or channel that relayed the words ("The Telegraph"), or empty.</param>
/// <param name="Cue">The reporting cue as written ("acknowledged", "described"), or empty.</param>
/// <param name="Start">UTF-16 start offset of the quoted words.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public sealed record QuoteRow(string DocumentId, string Quote, QuotationKind Kind, string Source, string Speaker, bool Named, string Outlet, string Cue, int Start, int End);
