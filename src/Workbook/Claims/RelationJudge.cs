namespace Workbook;

/// <summary>
/// Decides a report's relation to a claim from cues, deterministically. The claim's frame is read from its
/// statement (autonomy: Western action is free of Russian consent; constraint: it is bound by it). Among the
/// report's top <see cref="EvidenceDepth"/> sentences, those covering at least <see cref="MinCoverage"/> of the
/// claim's idf mass count; each leans to the frame its cues favour. All lean the claim's way: supports; all the
/// other way: contradicts; both: mixed; none relevant, or none with a cue: not addressed. A claim with no frame
/// (no cue in its statement) cannot be judged for or against, so it is "not addressed" unless a sentence covers
/// at least <see cref="StrongCoverage"/> of it, when a negation on one side only means contradicts, else supports.
/// </summary>
public static class RelationJudge
{
    /// <summary>How many top-ranked sentences are read.</summary>
    public const int EvidenceDepth = 3;
    /// <summary>Least coverage for a sentence to count as addressing the claim.</summary>
    public const double MinCoverage = 0.15;
    /// <summary>Coverage at which a frameless claim is judged by negation agreement.</summary>
    public const double StrongCoverage = 0.5;

    /// <summary>The relation and the cues that decided it.</summary>
    public static (ClaimRelation Relation, string Cues) Judge(StanceReading claim, bool claimNegated, IReadOnlyList<(EvidenceRow Row, StanceReading Reading, bool Negated)> ranked)
    {
        var relevant = ranked.Take(EvidenceDepth).Where(e => e.Row.Coverage >= MinCoverage && e.Row.Score > 0).ToList();
        if (relevant.Count == 0) return (ClaimRelation.NotAddressed, $"no sentence covers {MinCoverage:P0} of the claim");
        if (claim.Frame == 0)
        {
            var best = relevant.OrderByDescending(e => e.Row.Coverage).First();
            if (best.Row.Coverage < StrongCoverage) return (ClaimRelation.NotAddressed, "claim carries no stance cue; no sentence covers it closely");
            return best.Negated != claimNegated
                ? (ClaimRelation.Contradicts, $"negation differs in sentence {best.Row.SentenceIndex}")
                : (ClaimRelation.Supports, $"close match without opposing negation in sentence {best.Row.SentenceIndex}");
        }
        var agree = relevant.Where(e => e.Reading.Frame == claim.Frame).ToList();
        var oppose = relevant.Where(e => e.Reading.Frame == -claim.Frame).ToList();
        var claimSide = claim.Frame > 0 ? "autonomy" : "constraint";
        var cues = $"claim frame: {claimSide}" + Describe("same frame", agree) + Describe("opposite frame", oppose);
        var relation = (agree.Count, oppose.Count) switch
        {
            (0, 0) => ClaimRelation.NotAddressed,
            (> 0, > 0) => ClaimRelation.Mixed,
            (0, _) => ClaimRelation.Contradicts,
            _ => ClaimRelation.Supports,
        };
        return (relation, relation == ClaimRelation.NotAddressed ? cues + "; relevant sentences carry no stance cue" : cues);
    }

    private static string Describe(string label, IReadOnlyList<(EvidenceRow Row, StanceReading Reading, bool Negated)> sentences) =>
        sentences.Count == 0 ? "" : $"; {label}: " + string.Join(" | ", sentences.Select(s => $"sentence {s.Row.SentenceIndex} ({string.Join(", ", s.Reading.Cues.Distinct())})"));
}
