namespace Workbook.Sources;

/// <summary>How often a document quotes one speaker.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Speaker">The speaker.</param>
/// <param name="Named">True for a named source.</param>
/// <param name="Quotes">Quotations attributed to the speaker.</param>
/// <param name="Outlets">Outlets that relayed them.</param>
public sealed record SourceCountRow(string DocumentId, string Speaker, bool Named, int Quotes, string Outlets);
