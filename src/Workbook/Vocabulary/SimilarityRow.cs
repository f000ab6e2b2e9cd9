namespace Workbook.Vocabulary;

/// <summary>The TF-IDF cosine similarity of two documents, from 0 (no shared weighted terms) to 1.</summary>
/// <param name="DocumentA">One document.</param>
/// <param name="DocumentB">The other.</param>
/// <param name="Cosine">Cosine of their TF-IDF vectors.</param>
public sealed record SimilarityRow(string DocumentA, string DocumentB, double Cosine);
