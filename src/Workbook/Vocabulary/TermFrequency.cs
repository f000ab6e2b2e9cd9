namespace Workbook.Vocabulary;

/// <summary>How often a term occurs in a document or group.</summary>
/// <param name="Scope">The document id or group label counted.</param>
/// <param name="Term">The term's norm.</param>
/// <param name="Count">Occurrences.</param>
/// <param name="PerThousand">Occurrences per 1,000 counted words.</param>
/// <param name="Rank">Rank of the term in its scope, 1 for the most frequent.</param>
public sealed record TermFrequency(string Scope, string Term, int Count, double PerThousand, int Rank);
