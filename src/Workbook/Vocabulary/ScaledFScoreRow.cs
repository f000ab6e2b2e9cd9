namespace Workbook.Vocabulary;

/// <summary>A term's scaled F-score (scattertext): positive leans to the target, negative to the reference, in [−1, 1].</summary>
/// <param name="Term">The term's norm.</param>
/// <param name="TargetCount">Occurrences in the target.</param>
/// <param name="ReferenceCount">Occurrences in the reference.</param>
/// <param name="Score">The larger of the target's and the reference's scaled F-scores, signed by side.</param>
public sealed record ScaledFScoreRow(string Term, int TargetCount, int ReferenceCount, double Score);
