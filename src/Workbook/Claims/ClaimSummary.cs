namespace Workbook.Claims;

/// <summary>What a claim comparison found, claim by claim, built only from its results; Display writes it in words.</summary>
/// <param name="OpEdId">The op-ed.</param>
/// <param name="ReportIds">The reports, in corpus order.</param>
/// <param name="Claims">One verdict per claim, in claim order.</param>
/// <param name="Totals">How many claim–report pairs have each relation, in relation order (relations with none left out).</param>
public sealed record ClaimSummary(string OpEdId, IReadOnlyList<string> ReportIds, IReadOnlyList<ClaimVerdict> Claims, IReadOnlyList<RelationCount> Totals)
{
    /// <summary>The number of claim–report pairs.</summary>
    public int Pairs => Totals.Sum(t => t.Count);

    /// <summary>Summarises <paramref name="result"/>.</summary>
    public static ClaimSummary Of(ClaimComparisonResult result)
    {
        var relationsOf = result.Relations.ToLookup(r => r.ClaimId);
        var topEvidenceOf = result.Evidence.Where(e => e.Rank == 1).ToLookup(e => e.ClaimId);
        var verdicts = result.Claims.Select(claim =>
        {
            var relations = relationsOf[claim.Id].ToList();
            var groups = relations.GroupBy(r => r.Relation).OrderBy(g => g.Key)
                .Select(g => new RelationDocuments(g.Key, g.Select(r => r.DocumentId).ToList())).ToList();
            var addressing = relations.Where(r => r.Relation != ClaimRelation.NotAddressed).Select(r => r.DocumentId).ToHashSet(StringComparer.Ordinal);
            var strongest = topEvidenceOf[claim.Id].Where(e => addressing.Contains(e.DocumentId))
                .OrderByDescending(e => e.Score).FirstOrDefault();
            return new ClaimVerdict(claim.Id, claim.Statement, groups, strongest);
        }).ToList();
        var totals = result.Relations.GroupBy(r => r.Relation).OrderBy(g => g.Key).Select(g => new RelationCount(g.Key, g.Count())).ToList();
        return new ClaimSummary(result.OpEdId, result.ReportIds, verdicts, totals);
    }
}

/// <summary>How the reports relate to one claim.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Statement">Its one-line statement.</param>
/// <param name="Relations">The reports grouped by relation, in relation order.</param>
/// <param name="StrongestEvidence">The best-scoring top sentence among reports that address the claim, or null.</param>
public sealed record ClaimVerdict(string ClaimId, string Statement, IReadOnlyList<RelationDocuments> Relations, EvidenceRow? StrongestEvidence);

/// <summary>The reports that stand in one relation to a claim.</summary>
/// <param name="Relation">The relation.</param>
/// <param name="DocumentIds">The reports, in corpus order.</param>
public sealed record RelationDocuments(ClaimRelation Relation, IReadOnlyList<string> DocumentIds);

/// <summary>How many claim–report pairs have one relation.</summary>
/// <param name="Relation">The relation.</param>
/// <param name="Count">The pairs.</param>
public sealed record RelationCount(ClaimRelation Relation, int Count);
