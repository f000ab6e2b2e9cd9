namespace Workbook.Tests.Claims;

public class RelationJudgeTests
{
    private static readonly StanceReading Autonomy = new(0, 1, ["autonomy: x"]);
    private static readonly StanceReading Constraint = new(2, 0, ["constraint: y", "constraint: z"]);
    private static readonly StanceReading None = new(0, 0, []);

    private static (EvidenceRow, StanceReading, bool) Evidence(int sentence, StanceReading reading, double coverage = 0.5, bool negated = false) =>
        (new EvidenceRow("C", "d", sentence + 1, 1.0, coverage, sentence, 0, 1, "t", ""), reading, negated);

    [Fact]
    public void Same_frame_supports_opposite_contradicts_both_is_mixed()
    {
        Assert.Equal(ClaimRelation.Supports, RelationJudge.Judge(Autonomy, false, [Evidence(0, Autonomy)]).Relation);
        Assert.Equal(ClaimRelation.Contradicts, RelationJudge.Judge(Autonomy, false, [Evidence(0, Constraint), Evidence(1, None)]).Relation);
        var (relation, cues) = RelationJudge.Judge(Autonomy, false, [Evidence(0, Constraint), Evidence(1, Autonomy)]);
        Assert.Equal(ClaimRelation.Mixed, relation);
        Assert.Equal("claim frame: autonomy; same frame: sentence 1 (autonomy: x); opposite frame: sentence 0 (constraint: y, constraint: z)", cues);
    }

    [Fact]
    public void Irrelevant_or_cueless_evidence_is_not_addressed()
    {
        Assert.Equal(ClaimRelation.NotAddressed, RelationJudge.Judge(Autonomy, false, [Evidence(0, Constraint, coverage: 0.1)]).Relation);
        Assert.Equal(ClaimRelation.NotAddressed, RelationJudge.Judge(Autonomy, false, [Evidence(0, None)]).Relation);
        Assert.Equal(ClaimRelation.NotAddressed, RelationJudge.Judge(Autonomy, false, []).Relation);
        Assert.Equal(ClaimRelation.NotAddressed, RelationJudge.Judge(Autonomy, false,
            [Evidence(0, None), Evidence(1, None), Evidence(2, None), Evidence(3, Constraint)]).Relation);
    }

    [Fact]
    public void A_claim_without_a_frame_is_judged_only_on_close_matches_by_negation()
    {
        Assert.Equal(ClaimRelation.NotAddressed, RelationJudge.Judge(None, false, [Evidence(0, Constraint, coverage: 0.4)]).Relation);
        Assert.Equal(ClaimRelation.Contradicts, RelationJudge.Judge(None, false, [Evidence(0, None, coverage: 0.6, negated: true)]).Relation);
        Assert.Equal(ClaimRelation.Supports, RelationJudge.Judge(None, false, [Evidence(0, None, coverage: 0.6)]).Relation);
    }
}
