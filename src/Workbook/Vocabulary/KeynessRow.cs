using System.ComponentModel;

namespace Workbook.Vocabulary;

/// <summary>One term's keyness: positive statistics mean over-used in the target, negative in the reference.</summary>
/// <param name="Term">The term's norm.</param>
/// <param name="TargetCount">Occurrences in the target group (a).</param>
/// <param name="ReferenceCount">Occurrences in the reference group (b).</param>
/// <param name="G2">Signed log-likelihood.</param>
/// <param name="Chi2">Signed χ² (Yates-corrected when an expected cell is below 5).</param>
/// <param name="LogRatio">log₂ of the ratio of relative frequencies (effect size).</param>
/// <param name="P">p of G² against χ²(1).</param>
public sealed record KeynessRow(string Term, int TargetCount, int ReferenceCount,
    [property: DisplayName("G²")] double G2, [property: DisplayName("χ²")] double Chi2, double LogRatio, double P);
