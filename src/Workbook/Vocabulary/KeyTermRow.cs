namespace Workbook.Vocabulary;

/// <summary>One term a chapter explores, with its counts in the two groups.</summary>
/// <param name="Term">The term, or the analyst's pattern (a glob such as "consen*").</param>
/// <param name="Source">Where it was taken from.</param>
/// <param name="TargetCount">Its matches in the target.</param>
/// <param name="ReferenceCount">Its matches in the reference (0 without one).</param>
/// <param name="G2">Signed log-likelihood of the counts, or null without a reference.</param>
public sealed record KeyTermRow(string Term, KeyTermSource Source, int TargetCount, int ReferenceCount, double? G2);
