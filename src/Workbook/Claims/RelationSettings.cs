namespace Workbook.Claims;

/// <summary>When report sentences count as addressing a claim (<see cref="RelationJudge"/>).</summary>
/// <param name="EvidenceDepth">How many top-ranked sentences of a report are read (default 3).</param>
/// <param name="MinCoverage">Least share of the claim's idf mass a sentence must match to count (default 0.15).</param>
/// <param name="StrongCoverage">Coverage at which a claim without a frame is judged by negation agreement (default 0.5).</param>
public sealed record RelationSettings(int EvidenceDepth = 3, double MinCoverage = 0.15, double StrongCoverage = 0.5)
{
    /// <summary>The defaults.</summary>
    public static RelationSettings Default { get; } = new();
}
