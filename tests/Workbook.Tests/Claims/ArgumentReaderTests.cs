using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workbook.Claims.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Claims;

public class ArgumentReaderTests
{
    private static readonly Lazy<CorpusWorkbook> Seeds = new(() => CorpusWorkbook.Open(Repository.Seeds));

    [Fact]
    public void The_reader_holds_every_claim_and_report_of_the_comparison_with_its_evidence_in_rank_order()
    {
        var wb = Seeds.Value;
        var result = wb.Claims.Compare();
        var reader = wb.Claims.Reader();
        Assert.Equal(result.OpEdId, reader.OpEd.Id);
        Assert.Equal(result.Claims.Select(c => c.Id), reader.Claims.Select(c => c.Id));
        Assert.Equal(result.ReportIds, reader.Reports.Select(r => r.Id));
        for (var c = 0; c < reader.Claims.Count; c++)
            for (var r = 0; r < reader.Reports.Count; r++)
            {
                var pair = reader.Pairs[c][r];
                Assert.Equal((reader.Claims[c].Id, reader.Reports[r].Id), (pair.Relation.ClaimId, pair.Relation.DocumentId));
                var expected = result.Evidence.Where(e => e.ClaimId == reader.Claims[c].Id && e.DocumentId == reader.Reports[r].Id).OrderBy(e => e.Rank);
                Assert.Equal(expected, pair.Evidence);
            }
        Assert.Equal(wb.Claims.Evaluation!.Rows.Count, reader.Gold!.Rows.Count);
    }

    [Fact]
    public void Every_marked_span_of_the_html_is_the_raw_texts_slice_at_its_offsets()
    {
        var reader = Seeds.Value.Claims.Reader();
        var html = ArgumentReaderHtml.Render(reader);
        var marks = Regex.Matches(html, "<mark class=\"claim[^\"]*\" data-claims=\"(?<claims>[0-9 ]+)\" data-start=\"(?<start>\\d+)\" data-end=\"(?<end>\\d+)\">(?<text>.*?)</mark>", RegexOptions.Singleline);
        Assert.NotEmpty(marks);
        foreach (Match mark in marks)
        {
            var (start, end) = (int.Parse(mark.Groups["start"].Value), int.Parse(mark.Groups["end"].Value));
            Assert.Equal(reader.OpEd.Text[start..end], WebUtility.HtmlDecode(mark.Groups["text"].Value));
            Assert.All(mark.Groups["claims"].Value.Split(' ').Select(int.Parse), claim => Assert.Contains(reader.Claims[claim].Spans, s => s.Start <= start && end <= s.End));
        }
        // Every claim span is covered by marks from its start to its end.
        foreach (var (claim, index) in reader.Claims.Select((c, i) => (c, i)))
            foreach (var span in claim.Spans)
                Assert.Equal(span.End - span.Start, marks.Where(m => m.Groups["claims"].Value.Split(' ').Contains(index.ToString()))
                    .Select(m => (Start: int.Parse(m.Groups["start"].Value), End: int.Parse(m.Groups["end"].Value)))
                    .Where(m => span.Start <= m.Start && m.End <= span.End).Sum(m => m.End - m.Start));

        var articles = Regex.Matches(html, "<article class=\"wb-report\" data-report=\"(?<report>\\d+)\"[^>]*>(?<body>.*?)</article>", RegexOptions.Singleline);
        Assert.Equal(reader.Reports.Count, articles.Count);
        foreach (Match article in articles)
        {
            var report = reader.Reports[int.Parse(article.Groups["report"].Value)];
            var sentences = Regex.Matches(article.Groups["body"].Value, "<span class=\"s[^\"]*\"(?: data-rank=\"\\d+\")? data-start=\"(?<start>\\d+)\" data-end=\"(?<end>\\d+)\">(?<text>.*?)</span>", RegexOptions.Singleline);
            Assert.Equal(report.Paragraphs.Sum(p => p.Sentences.Count), sentences.Count);
            foreach (Match sentence in sentences)
                Assert.Equal(report.Text[int.Parse(sentence.Groups["start"].Value)..int.Parse(sentence.Groups["end"].Value)], WebUtility.HtmlDecode(sentence.Groups["text"].Value));
        }
    }

    [Fact]
    public void The_embedded_data_names_each_pairs_relation_and_evidence_offsets()
    {
        var reader = Seeds.Value.Claims.Reader();
        var json = Regex.Match(ArgumentReaderHtml.Render(reader), "<script type=\"application/json\" class=\"wb-reader-data\">(?<json>.*?)</script>", RegexOptions.Singleline).Groups["json"].Value;
        using var data = JsonDocument.Parse(json);
        var pairs = data.RootElement.GetProperty("pairs");
        Assert.Equal(reader.Claims.Count, pairs.GetArrayLength());
        var pair = reader.Pairs[1][1];
        var saved = pairs[1][1];
        Assert.Equal(Workbook.Text.EnumNames.Name(pair.Relation.Relation), saved.GetProperty("relation").GetString());
        Assert.Equal(pair.Evidence.Select(e => (e.Rank, e.Start, e.End)),
            saved.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("rank").GetInt32(), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())));
    }

    [Fact]
    public void Hostile_text_is_escaped_and_names_are_isolated()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "Headline\n\nThey say consent is needed <script>alert(1)</script> before troops deploy. That is wrong, and the veto is a myth.\n");
        corpus.Write("b.txt", "Officials said consent is needed <img src=x onerror=alert(2)> before troops deploy \u202Eevil. A veto is real, they said.\n");
        corpus.Write("claims.json", """
            { "op_ed": "a", "claims": [ { "id": "C\u202E1", "statement": "The <b>veto</b> is a myth.", "quotes": ["the veto is a myth"] } ] }
            """);
        var reader = CorpusWorkbook.Open(corpus.Path).Claims.Reader();
        var html = ArgumentReaderHtml.Render(reader);
        Assert.Single(reader.Reports);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.Contains("The &lt;b&gt;veto&lt;/b&gt; is a myth.", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>veto", html);
        Assert.Contains("\u2068C\u202E1\u2069", html);
        Assert.Single(Regex.Matches(html, "<script"), m => !html[m.Index..].StartsWith("<script type=\"application/json\"", StringComparison.Ordinal));
    }

    [Fact]
    public void One_document_is_the_op_ed_alone_with_its_argument()
    {
        using var corpus = new TempFolder();
        corpus.Write("essay.txt", "Cities should invest in buses.\n\nI believe that buses are the fairest way to move people, because they serve everyone who cannot drive. " +
            "Some argue that cars give freedom. However, that freedom ends in traffic. Therefore, cities should fund buses first.\n");
        var wb = CorpusWorkbook.Open(corpus.Path);
        var reader = wb.Claims.Reader();
        Assert.Empty(reader.Reports);
        Assert.Equal(wb.Claims.Argument().Select(c => c.Id), reader.Claims.Select(c => c.Id));
        var html = ArgumentReaderHtml.Render(reader);
        Assert.Contains("no report besides op-ed", html);
        Assert.Contains("No report to set the claims against.", html);
    }
}
