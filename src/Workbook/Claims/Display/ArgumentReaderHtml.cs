using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workbook.Corpora;
using Workbook.Display;
using Workbook.Text;

namespace Workbook.Claims.Display;

/// <summary>
/// The op-ed beside each report as one self-contained HTML element: the op-ed's kept text with every claim span marked,
/// one report at a time with the selected claim's evidence sentences marked in the colour of the relation, and the
/// evidence list with rank, cues, voice and offsets. Its own inline script makes it interactive; without scripts it still
/// shows the marked text. Lays out <see cref="ArgumentReader"/> and computes nothing: every marked span is the raw
/// text's <c>[start, end)</c> slice, escaped, with its offsets in <c>data-start</c> and <c>data-end</c>.
/// </summary>
public static class ArgumentReaderHtml
{
    private static readonly JsonSerializerOptions DataJson = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The name of the view, saved with its notebook output.</summary>
    public const string ViewName = "argument-reader";

    /// <summary>The reader as a view for notebooks and the site.</summary>
    public static HtmlView View(ArgumentReader reader) => new(ViewName, Render(reader), PlainText(reader));

    /// <summary>The reader as one HTML element, for a notebook output or a page.</summary>
    public static string Render(ArgumentReader reader)
    {
        var html = new StringBuilder("<div class=\"wb-reader\">\n<style>").Append(DataFiles.Read("argument-reader.css")).Append("</style>\n");
        html.Append("<div class=\"wb-reader-head\">");
        html.Append("<p class=\"wb-gold\">").Append(Encode(GoldLine(reader))).Append("</p>");
        html.Append("<p class=\"wb-legend\">claim span <mark class=\"claim\">marked</mark>; evidence, ranked: ");
        foreach (var relation in Enum.GetValues<ClaimRelation>())
            html.Append($"<span class=\"key rel-{CssName(relation)}\">{Encode(EnumNames.Name(relation))}</span> ");
        html.Append("</p></div>\n<div class=\"wb-reader-cols\">\n");
        OpEdColumn(html, reader);
        ReportColumn(html, reader);
        html.Append("</div>\n<script type=\"application/json\" class=\"wb-reader-data\">").Append(Data(reader)).Append("</script>\n");
        html.Append("<script>").Append(DataFiles.Read("argument-reader.js")).Append("</script>\n</div>");
        return html.ToString();
    }

    /// <summary>One line for plain-text displays: what the reader holds.</summary>
    public static string PlainText(ArgumentReader reader) =>
        $"Op-ed {reader.OpEd.Id} beside {reader.Reports.Count} report(s): {reader.Claims.Count} claim(s), {reader.Pairs.Sum(p => p.Sum(e => e.Evidence.Count))} evidence sentence(s)";

    private static string GoldLine(ArgumentReader reader)
    {
        if (reader.Claims.Count == 0) return $"No claim was found in op-ed {BidiIsolation.Isolate(reader.OpEd.Id)}, so there is nothing to set against the reports.";
        if (reader.Reports.Count == 0) return $"The corpus has no report besides op-ed {BidiIsolation.Isolate(reader.OpEd.Id)}: its argument alone.";
        if (reader.Gold is not { Rows.Count: > 0 } gold) return "This corpus has no gold file, so these labels are unchecked.";
        var right = gold.Rows.Count(r => r.Gold == r.Predicted);
        return string.Create(CultureInfo.InvariantCulture,
            $"On this corpus's gold, the label was right for {right} of {gold.Rows.Count} judged claim–report pairs ({gold.LabelAccuracy:0%}); evidence recall@3 {gold.EvidenceRecallAtThree:0.000}.");
    }

    private static void OpEdColumn(StringBuilder html, ArgumentReader reader)
    {
        html.Append("<section class=\"wb-oped\">\n<h3>Op-ed ").Append(Name(reader.OpEd.Id)).Append(": ").Append(Name(reader.OpEd.Title)).Append("</h3>\n");
        html.Append("<ol class=\"wb-claims\">");
        for (var i = 0; i < reader.Claims.Count; i++)
        {
            var claim = reader.Claims[i];
            html.Append($"<li><button type=\"button\" data-claim=\"{i}\" aria-pressed=\"{(i == 0 ? "true" : "false")}\"{(i == 0 ? " class=\"on\"" : "")}>")
                .Append("<b>").Append(Name(claim.Id)).Append("</b> ").Append(Encode(ClaimTag(claim))).Append(": ").Append(Name(claim.Statement)).Append("</button></li>");
        }
        html.Append("</ol>\n<div class=\"wb-text\">\n");
        var firstSpans = reader.Claims.Select((c, i) => (Index: i, Start: c.Spans.Count > 0 ? c.Spans.Min(s => s.Start) : -1)).Where(c => c.Start >= 0).ToList();
        foreach (var paragraph in reader.OpEd.Paragraphs)
        {
            var (open, close) = Tags(paragraph.Role);
            html.Append(open);
            var boundaries = reader.Claims.SelectMany(c => c.Spans).SelectMany(s => new[] { s.Start, s.End })
                .Where(b => b > paragraph.Span.Start && b < paragraph.Span.End).Append(paragraph.Span.Start).Append(paragraph.Span.End)
                .Distinct().Order().ToList();
            for (var b = 0; b + 1 < boundaries.Count; b++)
            {
                var (start, end) = (boundaries[b], boundaries[b + 1]);
                foreach (var (index, _) in firstSpans.Where(c => c.Start == start))
                    html.Append($"<button type=\"button\" class=\"tag\" data-claim=\"{index}\">").Append(Name(reader.Claims[index].Id)).Append(" · ").Append(Encode(ClaimTag(reader.Claims[index]))).Append("</button>");
                var covering = Enumerable.Range(0, reader.Claims.Count).Where(i => reader.Claims[i].Spans.Any(s => s.Start <= start && end <= s.End)).ToList();
                var text = Encode(reader.OpEd.Text[start..end]);
                if (covering.Count == 0) { html.Append(text); continue; }
                html.Append($"<mark class=\"claim{(covering.Contains(0) ? " on" : "")}\" data-claims=\"{string.Join(' ', covering)}\" data-start=\"{start}\" data-end=\"{end}\">").Append(text).Append("</mark>");
            }
            html.Append(close);
        }
        html.Append("</div>\n</section>\n");
    }

    private static void ReportColumn(StringBuilder html, ArgumentReader reader)
    {
        html.Append("<section class=\"wb-report-column\">\n");
        if (reader.Reports.Count == 0)
        {
            html.Append("<p>No report to set the claims against.</p>\n</section>\n");
            return;
        }
        html.Append("<div class=\"wb-tabs\" role=\"tablist\">");
        for (var r = 0; r < reader.Reports.Count; r++)
            html.Append($"<button type=\"button\" role=\"tab\" data-report=\"{r}\" aria-selected=\"{(r == 0 ? "true" : "false")}\">")
                .Append(Name(reader.Reports[r].Id)).Append(" <span class=\"badge\"></span></button>");
        html.Append("</div>\n<p class=\"wb-pair\"></p>\n<ol class=\"wb-evidence\"></ol>\n<p class=\"wb-where\" aria-live=\"polite\"></p>\n");
        for (var r = 0; r < reader.Reports.Count; r++)
        {
            var report = reader.Reports[r];
            var marked = reader.Pairs.Count > 0 && reader.Pairs[0].Count > r
                ? reader.Pairs[0][r].Evidence.ToDictionary(e => e.Start, e => (e.Rank, Relation: reader.Pairs[0][r].Relation.Relation))
                : [];
            html.Append($"<article class=\"wb-report\" data-report=\"{r}\"{(r == 0 ? "" : " hidden")}>\n<h3>Report ").Append(Name(report.Id)).Append(": ").Append(Name(report.Title)).Append("</h3>\n");
            foreach (var paragraph in report.Paragraphs)
            {
                var (open, close) = Tags(paragraph.Role);
                html.Append(open);
                var at = paragraph.Span.Start;
                foreach (var sentence in paragraph.Sentences)
                {
                    html.Append(Encode(report.Text[at..sentence.Start]));
                    var evidence = marked.TryGetValue(sentence.Start, out var e) ? $" ev rel-{CssName(e.Relation)}\" data-rank=\"{e.Rank}" : "";
                    html.Append($"<span class=\"s{evidence}\" data-start=\"{sentence.Start}\" data-end=\"{sentence.End}\">").Append(Encode(report.Text[sentence.Start..sentence.End])).Append("</span>");
                    at = sentence.End;
                }
                html.Append(Encode(report.Text[at..paragraph.Span.End])).Append(close);
            }
            html.Append("</article>\n");
        }
        html.Append("</section>\n");
    }

    private static string Data(ArgumentReader reader) => JsonSerializer.Serialize(new
    {
        claims = reader.Claims.Select(c => new { id = c.Id, tag = ClaimTag(c), statement = c.Statement }),
        reports = reader.Reports.Select(r => new { id = r.Id, title = r.Title }),
        pairs = reader.Pairs.Select(row => row.Select(pair => new
        {
            relation = EnumNames.Name(pair.Relation.Relation),
            css = CssName(pair.Relation.Relation),
            cues = pair.Relation.Cues,
            own = EnumNames.Name(pair.Relation.OwnVoice),
            reported = EnumNames.Name(pair.Relation.Reported),
            speakers = pair.Relation.Speakers,
            evidence = pair.Evidence.Select(e => new { rank = e.Rank, start = e.Start, end = e.End, cues = e.Cues, voice = EnumNames.Name(e.Voice), speaker = e.Speaker }),
        })),
    }, DataJson);

    private static string ClaimTag(Claim claim) =>
        claim.Stance == ClaimStance.Against ? $"{EnumNames.Name(claim.Role)}, against" : EnumNames.Name(claim.Role);

    private static string CssName(ClaimRelation relation) => EnumNames.Name(relation).Replace(' ', '-');

    private static (string Open, string Close) Tags(ParagraphRole role) => role switch
    {
        ParagraphRole.Heading => ("<h4 dir=\"auto\">", "</h4>\n"),
        ParagraphRole.ListItem => ("<p class=\"item\" dir=\"auto\">", "</p>\n"),
        _ => ("<p dir=\"auto\">", "</p>\n"),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A name from the corpus or the analyst (an id, a title, a statement), isolated so that it cannot reorder the text around it.</summary>
    private static string Name(string text) => WebUtility.HtmlEncode(BidiIsolation.Isolate(text));
}
