namespace Workbook.Vocabulary;

/// <summary>A term placed as in a scattertext plot: by how common it is in each group, coloured by its scaled F-score.</summary>
/// <param name="Term">The term's norm.</param>
/// <param name="TargetCount">Occurrences in the target.</param>
/// <param name="ReferenceCount">Occurrences in the reference.</param>
/// <param name="TargetPercentile">Frequency rank among all terms in the target, from near 0 (rarest) to 1 (most frequent); equal counts, absences included, are ordered by term.</param>
/// <param name="ReferencePercentile">The same in the reference.</param>
/// <param name="Score">Scaled F-score, positive for the target.</param>
public sealed record TermScatterPoint(string Term, int TargetCount, int ReferenceCount, double TargetPercentile, double ReferencePercentile, double Score);
