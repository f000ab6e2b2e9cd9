using System.Globalization;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Decides a report's relation to a claim from cues, deterministically. The claim's frame, one of the two the
/// corpus's cue file names, is read from its statement. Among the report's top <see cref="RelationSettings.EvidenceDepth"/>
/// sentences, those covering at least <see cref="RelationSettings.MinCoverage"/> of the claim's idf mass count; each
/// leans to the frame its cues favour. All lean the claim's way: supports; all the other way: contradicts; both: mixed;
/// relevant sentences without a cue: discusses; none relevant: not addressed. A claim with no frame (no cue in its
/// statement, or no frames in the lexicon) cannot be judged by frames: a sentence covering at least
/// <see cref="RelationSettings.StrongCoverage"/> of it contradicts it when a negation stands on one side only and
/// supports it otherwise; relevant sentences less close discuss it.
/// </summary>
internal static class RelationJudge
{
    /// <summary>The relation and the cues that decided it.</summary>
    public static (ClaimRelation Relation, string Cues) Judge(StanceReading claim, bool claimNegated,
        IReadOnlyList<(EvidenceRow Row, StanceReading Reading, bool Negated)> ranked, StanceFrames? frames, RelationSettings settings)
    {
        var relevant = ranked.Take(settings.EvidenceDepth).Where(e => e.Row.Coverage >= settings.MinCoverage && e.Row.Score > 0).ToList();
        if (relevant.Count == 0) return (ClaimRelation.NotAddressed, string.Create(CultureInfo.InvariantCulture, $"no sentence covers {settings.MinCoverage:P0} of the claim"));
        if (claim.Frame == 0 || frames is null)
        {
            var best = relevant.OrderByDescending(e => e.Row.Coverage).First();
            if (best.Row.Coverage < settings.StrongCoverage)
                return (ClaimRelation.Discusses, string.Create(CultureInfo.InvariantCulture, $"claim carries no stance cue; sentence {best.Row.SentenceIndex} covers {best.Row.Coverage:P0} of it, under the {settings.StrongCoverage:P0} of a close match"));
            return best.Negated != claimNegated
                ? (ClaimRelation.Contradicts, $"negation differs in sentence {best.Row.SentenceIndex}")
                : (ClaimRelation.Supports, $"close match without opposing negation in sentence {best.Row.SentenceIndex}");
        }
        var agree = relevant.Where(e => e.Reading.Frame == claim.Frame).ToList();
        var oppose = relevant.Where(e => e.Reading.Frame == -claim.Frame).ToList();
        var cues = $"claim frame: {frames.NameOf(claim.Frame)}" + Describe("same frame", agree) + Describe("opposite frame", oppose);
        var relation = (agree.Count, oppose.Count) switch
        {
            (0, 0) => ClaimRelation.Discusses,
            (> 0, > 0) => ClaimRelation.Mixed,
            (0, _) => ClaimRelation.Contradicts,
            _ => ClaimRelation.Supports,
        };
        return (relation, relation == ClaimRelation.Discusses ? cues + "; relevant sentences carry no stance cue" : cues);
    }

    private static string Describe(string label, IReadOnlyList<(EvidenceRow Row, StanceReading Reading, bool Negated)> sentences) =>
        sentences.Count == 0 ? "" : $"; {label}: " + string.Join(" | ", sentences.Select(s => $"sentence {s.Row.SentenceIndex} ({string.Join(", ", s.Reading.Cues.Distinct())})"));
}
