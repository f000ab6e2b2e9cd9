using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workbook.Notebooks;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Claims;

/// <summary>The site's compare page in Chromium: a reader clicks a claim, a report tab and an evidence item, presses an arrow key, follows an address.</summary>
[Collection(FormatterCollection.Name)]
public class ArgumentReaderBrowserTests
{
    [ChromiumFact]
    public void On_the_seeds_selecting_a_claim_and_a_report_marks_exactly_their_evidence_sentences_of_evidence_csv_in_rank_order() =>
        SelectingMarksTheEvidenceOfEvidenceCsv(Repository.Seeds);

    [SharedChromiumFact]
    public void On_essays_we_did_not_write_selecting_a_claim_and_a_report_marks_exactly_their_evidence_sentences_in_rank_order()
    {
        using var corpus = new TempFolder();
        foreach (var essay in Directory.GetFiles(Path.Combine(Repository.Shared!, "argument-dev", "essays"), "*.txt").Order(StringComparer.Ordinal).Skip(10).Take(4))
            File.Copy(essay, Path.Combine(corpus.Path, Path.GetFileName(essay)));
        SelectingMarksTheEvidenceOfEvidenceCsv(corpus.Path);
    }

    /// <summary>Exports and renders <paramref name="corpus"/>, clicks the second claim and the second report on its compare page, and checks what is marked.</summary>
    private static void SelectingMarksTheEvidenceOfEvidenceCsv(string corpus)
    {
        using var folder = new TempFolder();
        var export = WorkbookCli.Run("export", "--corpus", corpus, "--out", Path.Combine(folder.Path, "tables"));
        Assert.True(export.Code == 0, export.Err);
        var render = WorkbookCli.Run("render", "--corpus", corpus, "--out", Path.Combine(folder.Path, "out"), "--no-pictures");
        Assert.True(render.Code == 0, render.Err);
        var reader = CorpusWorkbook.Open(corpus).Claims.Reader();
        var (claim, report) = (reader.Claims[1].Id, reader.Reports[1].Id);
        var rows = CsvReader.Read(File.ReadAllText(Path.Combine(folder.Path, "tables", "evidence.csv")));
        var header = rows[0];
        int Column(string name) => header.IndexOf(name);
        var expected = rows.Skip(1).Where(r => r[Column("claim_id")] == claim && r[Column("document_id")] == report)
            .Select(r => (Rank: int.Parse(r[Column("rank")]), Start: int.Parse(r[Column("start")]), End: int.Parse(r[Column("end")])))
            .OrderBy(r => r.Rank).ToList();
        Assert.NotEmpty(expected);

        var page = File.ReadAllText(Path.Combine(folder.Path, "out", "site", SiteWriter.ComparePage));
        var probed = folder.Write("compare.html", page.Replace("</body>", Clicker, StringComparison.Ordinal));
        var dom = HeadlessChromium.DumpDom(HeadlessChromium.Find()!, probed, TimeSpan.FromMinutes(1));
        var match = Regex.Match(dom, "<pre id=\"workbook-probe\">(?<json>.*?)</pre>", RegexOptions.Singleline);
        Assert.True(match.Success, "the probe did not report");
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups["json"].Value));
        var result = json.RootElement;

        var marked = result.GetProperty("marked").EnumerateArray().Select(m => (Rank: m[0].GetInt32(), Start: m[1].GetInt32(), End: m[2].GetInt32())).ToList();
        Assert.Equal(expected, marked);
        Assert.Equal(expected.Select(e => e.Start), result.GetProperty("listed").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal($"#{Uri.EscapeDataString(claim)}/{Uri.EscapeDataString(report)}", result.GetProperty("hash").GetString());
        Assert.Equal($"\u2068{report}\u2069 [{expected[0].Start}, {expected[0].End})", result.GetProperty("where").GetString());
        Assert.Equal("2", result.GetProperty("afterArrow").GetString());
        Assert.Equal(["0", "2"], result.GetProperty("afterHash").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, result.GetProperty("visibleReports").GetInt32());
    }

    /// <summary>Clicks claim 1 and report tab 1, reads what is marked, clicks the first evidence item, presses ArrowDown in the claim list, then follows an address.</summary>
    private const string Clicker = """
        <script>
        setTimeout(function () {
          var root = document.querySelector(".wb-reader");
          var probe = {};
          root.querySelector('ol.wb-claims button[data-claim="1"]').click();
          root.querySelector('[role=tab][data-report="1"]').click();
          var visible = root.querySelectorAll("article.wb-report:not([hidden])");
          probe.visibleReports = visible.length;
          probe.marked = Array.prototype.map.call(visible[0].querySelectorAll("span.s.ev"), function (s) {
            return [+s.getAttribute("data-rank"), +s.getAttribute("data-start"), +s.getAttribute("data-end")];
          }).sort(function (a, b) { return a[0] - b[0]; });
          probe.listed = Array.prototype.map.call(root.querySelectorAll("ol.wb-evidence li"), function (li) { return +li.getAttribute("data-start"); });
          probe.hash = location.hash;
          root.querySelector("ol.wb-evidence li").click();
          probe.where = root.querySelector(".wb-where").textContent;
          var button = root.querySelector('ol.wb-claims button[data-claim="1"]');
          button.focus();
          button.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
          probe.afterArrow = root.querySelector('ol.wb-claims button[aria-pressed="true"]').getAttribute("data-claim");
          var data = JSON.parse(root.querySelector("script.wb-reader-data").textContent);
          location.hash = "#" + encodeURIComponent(data.claims[0].id) + "/" + encodeURIComponent(data.reports[2 % data.reports.length].id);
          setTimeout(function () {
            probe.afterHash = [root.querySelector('ol.wb-claims button[aria-pressed="true"]').getAttribute("data-claim"),
              root.querySelector('[role=tab][aria-selected="true"]').getAttribute("data-report")];
            var pre = document.createElement("pre");
            pre.id = "workbook-probe";
            pre.textContent = JSON.stringify(probe);
            document.body.appendChild(pre);
          }, 300);
        }, 300);
        </script>
        </body>
        """;
}
