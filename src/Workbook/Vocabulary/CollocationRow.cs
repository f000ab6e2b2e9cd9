using System.ComponentModel;

namespace Workbook.Vocabulary;

/// <summary>A two-word collocation with its association scores.</summary>
/// <param name="Collocation">The two norms, space-separated.</param>
/// <param name="Count">How often the pair occurs adjacently.</param>
/// <param name="Lambda">quanteda's λ: log odds ratio of the pair's 2×2 table, 0.5 added to each cell.</param>
/// <param name="Z">λ divided by its standard error √Σ 1/(nᵢⱼ + 0.5).</param>
/// <param name="MutualInformation">log₂(O/E), E = f(w₁)·f(w₂)/N over bigram positions.</param>
/// <param name="TScore">(O − E)/√O.</param>
public sealed record CollocationRow(string Collocation, int Count, [property: DisplayName("λ")] double Lambda, double Z,
    [property: DisplayName("MI")] double MutualInformation, [property: DisplayName("t-score")] double TScore);
