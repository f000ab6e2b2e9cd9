using Workbook.Claims;
using Workbook.Text;

namespace Workbook.Tests.Claims;

public class RelationJudgeTests
{
    private static readonly StanceReading Autonomy = new(0, 1, ["autonomy: x"]);
    private static readonly StanceReading Constraint = new(2, 0, ["constraint: y", "constraint: z"]);
    private static readonly StanceReading None = new(0, 0, []);

    private static (EvidenceRow, StanceReading, bool) Evidence(int sentence, StanceReading reading, double coverage = 0.5, bool negated = false) =>
        (new EvidenceRow("C", "d", sentence + 1, 1.0, coverage, sentence, 0, 1, "t", ""), reading, negated);

    private static (ClaimRelation Relation, string Cues) Judge(StanceReading claim, bool claimNegated, IReadOnlyList<(EvidenceRow, StanceReading, bool)> ranked) =>
        RelationJudge.Judge(claim, claimNegated, ranked, new StanceFrames("constraint", "autonomy"), RelationSettings.Default);

    [Fact]
    public void Same_frame_supports_opposite_contradicts_both_is_mixed()
    {
        Assert.Equal(ClaimRelation.Supports, Judge(Autonomy, false, [Evidence(0, Autonomy)]).Relation);
        Assert.Equal(ClaimRelation.Contradicts, Judge(Autonomy, false, [Evidence(0, Constraint), Evidence(1, None)]).Relation);
        var (relation, cues) = Judge(Autonomy, false, [Evidence(0, Constraint), Evidence(1, Autonomy)]);
        Assert.Equal(ClaimRelation.Mixed, relation);
        Assert.Equal("claim frame: autonomy; same frame: sentence 1 (autonomy: x); opposite frame: sentence 0 (constraint: y, constraint: z)", cues);
    }

    [Fact]
    public void Irrelevant_evidence_is_not_addressed_and_relevant_cueless_evidence_discusses()
    {
        Assert.Equal(ClaimRelation.NotAddressed, Judge(Autonomy, false, [Evidence(0, Constraint, coverage: 0.1)]).Relation);
        Assert.Equal(ClaimRelation.NotAddressed, Judge(Autonomy, false, []).Relation);
        var (relation, cues) = Judge(Autonomy, false, [Evidence(0, None)]);
        Assert.Equal((ClaimRelation.Discusses, "claim frame: autonomy; relevant sentences carry no stance cue"), (relation, cues));
        Assert.Equal(ClaimRelation.Discusses, Judge(Autonomy, false,
            [Evidence(0, None), Evidence(1, None), Evidence(2, None), Evidence(3, Constraint)]).Relation);
    }

    [Fact]
    public void Frame_names_come_from_the_corpus_and_without_frames_only_close_matches_count()
    {
        var (_, cues) = RelationJudge.Judge(Autonomy, false, [Evidence(0, Autonomy)], new StanceFrames("bound", "free"), RelationSettings.Default);
        Assert.StartsWith("claim frame: free; same frame: sentence 0", cues);
        Assert.Equal(ClaimRelation.Discusses, RelationJudge.Judge(Autonomy, false, [Evidence(0, Autonomy, coverage: 0.4)], null, RelationSettings.Default).Relation);
        Assert.Equal(ClaimRelation.NotAddressed, RelationJudge.Judge(Autonomy, false, [Evidence(0, Autonomy)], new StanceFrames("a", "b"), RelationSettings.Default with { MinCoverage = 0.6 }).Relation);
    }

    [Fact]
    public void A_claim_without_a_frame_is_judged_only_on_close_matches_by_negation()
    {
        var (relation, cues) = Judge(None, false, [Evidence(0, Constraint, coverage: 0.4)]);
        Assert.Equal((ClaimRelation.Discusses, "claim carries no stance cue; sentence 0 covers 40 % of it, under the 50 % of a close match"), (relation, cues));
        Assert.Equal(ClaimRelation.Contradicts, Judge(None, false, [Evidence(0, None, coverage: 0.6, negated: true)]).Relation);
        Assert.Equal(ClaimRelation.Supports, Judge(None, false, [Evidence(0, None, coverage: 0.6)]).Relation);
    }
}
