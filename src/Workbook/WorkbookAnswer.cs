using System.Globalization;
using Humanizer;
using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Text;

namespace Workbook;

/// <summary>
/// The workbook's answer to its question: how the op-ed compares with the reports, in findings written only from
/// the families' results (keyness, stance rates, the opinion index, tone, attribution, quotes, claim relations), each
/// naming the result it comes from. Nothing in it is written by hand for one corpus.
/// </summary>
/// <param name="OpEdId">The op-ed compared.</param>
/// <param name="ReportIds">The reports it is compared with.</param>
/// <param name="Findings">The findings, topic by topic.</param>
public sealed record WorkbookAnswer(string OpEdId, IReadOnlyList<string> ReportIds, IReadOnlyList<AnswerFinding> Findings)
{
    private const int TermsShown = 5;

    /// <summary>The answer for <paramref name="wb"/>'s op-ed and reports; empty when it has no op-ed or no report.</summary>
    public static WorkbookAnswer Of(CorpusWorkbook wb)
    {
        var opEd = wb.Claims.OpEd.Id;
        var reports = wb.Reports.Documents.Where(d => d.Id != opEd).Select(d => d.Id).ToList();
        if (reports.Count == 0) return new WorkbookAnswer(opEd, reports, []);
        var isReport = reports.ToHashSet(StringComparer.Ordinal);
        var findings = new List<AnswerFinding>();
        void Add(AnswerTopic topic, AnswerSource source, string sentence) => findings.Add(new AnswerFinding(topic, sentence, source));
        string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        string Shown(string corpusText) => BidiIsolation.Isolate(corpusText);
        string Ids(IEnumerable<string> ids) => ids.Select(Shown).Humanize("and");
        string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
        var reportGroup = new DocumentGroup("reports", wb.Reports.Documents.Where(d => d.Id != opEd).ToList());

        var keyness = wb.Vocabulary.Keyness(wb.Group(opEd), reportGroup).Rows;
        var content = keyness.Where(k => k.P < 0.05 && !wb.Resources.StopWords.Contains(k.Term)).ToList();
        var opEdTerms = content.Where(k => k.G2 > 0).Take(TermsShown).ToList();
        var reportTerms = content.Where(k => k.G2 < 0).OrderBy(k => k.G2).Take(TermsShown).ToList();
        Add(AnswerTopic.Vocabulary, AnswerSource.Keyness, opEdTerms.Count == 0
            ? $"No content word is significantly more frequent in op-ed {Shown(opEd)} than in the reports (G², p < 0.05)."
            : $"Leaving out stop words, op-ed {Shown(opEd)} over-uses {Ids(opEdTerms.Select(k => $"“{k.Term}” (G² {Number(k.G2)})"))} against the reports.");
        Add(AnswerTopic.Vocabulary, AnswerSource.Keyness, reportTerms.Count == 0
            ? "No content word is significantly more frequent in the reports than in the op-ed."
            : $"The reports over-use {Ids(reportTerms.Select(k => $"“{k.Term}” (G² {Number(k.G2)})"))}.");

        var rates = wb.Rhetoric.Rates();
        foreach (var category in (StanceMarkerCategory[])[StanceMarkerCategory.SelfMention, StanceMarkerCategory.Booster, StanceMarkerCategory.Hedge])
        {
            var own = rates.Where(r => r.DocumentId == opEd && r.Category == category).Select(r => r.PerThousand).DefaultIfEmpty(0).Single();
            var theirs = rates.Where(r => isReport.Contains(r.DocumentId) && r.Category == category).Select(r => r.PerThousand).DefaultIfEmpty(0).Average();
            Add(AnswerTopic.Voice, AnswerSource.StanceRates,
                $"In its own voice the op-ed uses {Number(own)} {EnumNames.Words(category.ToString()).Pluralize()} per 1,000 words; the reports average {Number(theirs)}.");
        }
        var genre = wb.Rhetoric.Genre();
        if (genre.FirstOrDefault(g => g.DocumentId == opEd) is { } opEdGenre)
        {
            var reportIndex = genre.Where(g => isReport.Contains(g.DocumentId)).Select(g => g.OpinionIndex).DefaultIfEmpty(0).Average();
            Add(AnswerTopic.Voice, AnswerSource.Genre,
                $"Its opinion index is {Number(opEdGenre.OpinionIndex)} ({(opEdGenre.OpinionIndex > 0 ? "reads as opinion" : "reads as reporting")}); the reports average {Number(reportIndex)}.");
        }
        var tone = wb.Tone.Documents();
        if (tone.FirstOrDefault(t => t.DocumentId == opEd) is { } opEdTone)
            Add(AnswerTopic.Voice, AnswerSource.Tone,
                $"Its mean sentence tone (VADER compound) is {opEdTone.MeanCompound.ToString("0.00", CultureInfo.InvariantCulture)}; the reports average {tone.Where(t => isReport.Contains(t.DocumentId)).Select(t => t.MeanCompound).DefaultIfEmpty(0).Average().ToString("0.00", CultureInfo.InvariantCulture)}.");

        var attributed = wb.Sources.Attributed();
        var opEdShare = attributed.Where(a => a.DocumentId == opEd).Select(a => a.Share).DefaultIfEmpty(0).Single();
        var reportShare = attributed.Where(a => isReport.Contains(a.DocumentId)).Select(a => a.Share).DefaultIfEmpty(0).Average();
        Add(AnswerTopic.Sourcing, AnswerSource.Attribution,
            $"{Percent(opEdShare)} of the op-ed's sentences attribute what they say, against {Percent(reportShare)} of the reports' on average.");
        var whoOf = wb.Sources.Who().ToLookup(w => w.DocumentId);
        Sources(opEd, "The op-ed");
        foreach (var report in reports) Sources(report, $"Report {Shown(report)}");
        void Sources(string id, string label)
        {
            var quoted = whoOf[id].ToList();
            var named = quoted.Where(w => w.Named).Select(w => w.Speaker).ToList();
            var unnamed = quoted.Where(w => !w.Named).Select(w => w.Speaker).ToList();
            Add(AnswerTopic.Sourcing, AnswerSource.Quotes, quoted.Count == 0
                ? $"{label} quotes no one."
                : $"{label} quotes {"named source".ToQuantity(named.Count)}{(named.Count > 0 ? $" ({Ids(named)})" : "")} and {"unnamed source".ToQuantity(unnamed.Count)}{(unnamed.Count > 0 ? $" ({Ids(unnamed)})" : "")}.");
        }

        var comparison = wb.Claims.Compare();
        var relationsOf = comparison.Relations.ToLookup(r => r.ClaimId);
        foreach (var claim in comparison.Claims)
        {
            var relations = relationsOf[claim.Id].ToList();
            string Part(ClaimRelation relation, string verb)
            {
                var ids = relations.Where(r => r.Relation == relation).Select(r => r.DocumentId).ToList();
                return ids.Count == 0 ? "" : $"{verb} {Ids(ids)}";
            }
            var parts = new[] { Part(ClaimRelation.Contradicts, "contradicted by"), Part(ClaimRelation.Supports, "supported by"), Part(ClaimRelation.Mixed, "both supported and contradicted by"),
                Part(ClaimRelation.Discusses, "discussed without a position by"), Part(ClaimRelation.NotAddressed, "not addressed by") }.Where(p => p.Length > 0);
            var speakers = relations.Where(r => r.Speakers.Length > 0).Select(r => $"{Shown(r.DocumentId)} on the word of {Shown(r.Speakers)}").ToList();
            var own = relations.Where(r => r.OwnVoice is ClaimRelation.Supports or ClaimRelation.Contradicts or ClaimRelation.Mixed)
                .Select(r => $"{r.DocumentId} {EnumNames.Name(r.OwnVoice)}").ToList();
            Add(AnswerTopic.Claims, AnswerSource.ClaimRelations,
                $"{Shown(claim.Id)} ({EnumNames.Name(claim.Role)}) “{Shown(TextShortening.Shorten(claim.Statement, 160))}”: {string.Join("; ", parts)}."
                + (own.Count > 0 ? $" In their own voice: {Ids(own)}." : " No report takes a position on it in its own voice.")
                + (speakers.Count > 0 ? $" Reported views: {string.Join("; ", speakers)}." : ""));
        }
        if (comparison.Claims.Count == 0)
            Add(AnswerTopic.Claims, AnswerSource.ClaimRelations, $"No claim was found in op-ed {Shown(opEd)}, so none is compared.");
        return new WorkbookAnswer(opEd, reports, findings);
    }
}
