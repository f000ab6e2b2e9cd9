using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>One claim at a glance: the op-ed's own words, and for each report its label and the sentence that decided it.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="OpEdWords">The op-ed's words the claim rests on, one per span, with their offsets.</param>
/// <param name="Reports">One line per report, in report order.</param>
public sealed record ClaimCard(Claim Claim, IReadOnlyList<(TextSpan Span, string Text)> OpEdWords, IReadOnlyList<ClaimCardReport> Reports)
{
    /// <summary>
    /// The cards of <paramref name="result"/>. A report's deciding sentence is the first of its top
    /// <see cref="RelationSettings.EvidenceDepth"/> relevant sentences (covering <see cref="RelationSettings.MinCoverage"/>)
    /// that carries a stance cue, else the first relevant one; a report that does not address the claim has none.
    /// </summary>
    public static IReadOnlyList<ClaimCard> Of(ClaimComparisonResult result, Corpus corpus, RelationSettings settings)
    {
        var relations = result.Relations.ToDictionary(r => (r.ClaimId, r.DocumentId));
        var evidence = result.Evidence.ToLookup(e => (e.ClaimId, e.DocumentId));
        return result.Claims.Select(claim =>
        {
            var opEd = corpus[claim.DocumentId];
            var words = claim.Spans.Select(s => (s, opEd.Slice(s.Start, s.End))).ToList();
            var reports = result.ReportIds.Select(id =>
            {
                var relation = relations[(claim.Id, id)];
                var relevant = evidence[(claim.Id, id)].Where(e => e.Rank <= settings.EvidenceDepth && e.Score > 0 && e.Coverage >= settings.MinCoverage)
                    .OrderBy(e => e.Rank).ToList();
                var deciding = relation.Relation == ClaimRelation.NotAddressed ? null : relevant.FirstOrDefault(e => e.Cues.Length > 0) ?? relevant.FirstOrDefault();
                return new ClaimCardReport(relation, deciding, deciding is null ? [] : CueSpans(deciding));
            }).ToList();
            return new ClaimCard(claim, words, reports);
        }).ToList();
    }

    /// <summary>Where the cue words named in the evidence's cues (between “ and ”) occur in its sentence, relative to the sentence's start.</summary>
    private static IReadOnlyList<TextSpan> CueSpans(EvidenceRow evidence)
    {
        var spans = new List<TextSpan>();
        var cues = evidence.Cues;
        for (var open = cues.IndexOf('\u201C'); open >= 0; open = cues.IndexOf('\u201C', open + 1))
        {
            var close = cues.IndexOf('\u201D', open + 1);
            if (close < 0) break;
            var cue = cues[(open + 1)..close];
            if (cue.Length == 0) continue;
            for (var at = evidence.Text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = evidence.Text.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase))
            {
                var whole = (at == 0 || !char.IsLetterOrDigit(evidence.Text[at - 1])) && (at + cue.Length == evidence.Text.Length || !char.IsLetterOrDigit(evidence.Text[at + cue.Length]));
                if (whole && !spans.Any(s => s.Start < at + cue.Length && at < s.End)) spans.Add(new TextSpan(at, at + cue.Length));
            }
        }
        return spans.OrderBy(s => s.Start).ToList();
    }
}

/// <summary>How one report stands to a card's claim.</summary>
/// <param name="Relation">The relation over all its evidence, with its own-voice and reported parts.</param>
/// <param name="Deciding">The sentence that decided it, or null when the report does not address the claim.</param>
/// <param name="CueWords">Where its cue words stand in the sentence, relative to the sentence's start.</param>
public sealed record ClaimCardReport(RelationRow Relation, EvidenceRow? Deciding, IReadOnlyList<TextSpan> CueWords);
