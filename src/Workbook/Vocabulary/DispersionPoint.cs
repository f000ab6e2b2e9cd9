namespace Workbook.Vocabulary;

/// <summary>Where a pattern occurs along a document (one point of a lexical dispersion plot).</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Pattern">The pattern that matched, as written.</param>
/// <param name="Position">Token index of the match.</param>
/// <param name="RelativePosition">Position divided by the document's token count, from 0 to 1.</param>
/// <param name="Start">UTF-16 start offset of the match.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public sealed record DispersionPoint(string DocumentId, string Pattern, int Position, double RelativePosition, int Start, int End);
