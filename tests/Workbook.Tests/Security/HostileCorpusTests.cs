using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workbook.Notebooks;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Security;

/// <summary>
/// A corpus whose texts, file names, ids, titles, kinds, outlets and frame names carry scripts and script links,
/// rendered to notebooks and a site. In a real browser no script of the corpus runs and no link leaves for
/// javascript:, vbscript: or data:; the notebooks' Markdown and plain-text outputs carry no live markup either.
/// </summary>
[Collection(FormatterCollection.Name)]
public class HostileCorpusTests
{
    private static string Payload(string tag) => $"document.body.setAttribute('data-pwned','{tag}')";

    private static TempFolder HostileCorpus()
    {
        var folder = new TempFolder();
        var opEdFile = "[x](javascript:" + Payload("filename") + ").txt";
        folder.Write(opEdFile,
            $"They are wrong <script>{Payload("script")}</script> and [it](javascript:{Payload("thesis")}) is not true <javascript:{Payload("thesis-autolink")}> that consent is needed <img src=x onerror=\"{Payload("img")}\">.\n" +
            $"The truth is that a veto is a myth <javascript:{Payload("autolink")}> and [click](javascript:{Payload("link")}) will not hold.\n" +
            $"Critics argue [x](vbscript:msgbox) and ![p](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) are wrong **too** `code`.\n");
        folder.Write("r1.txt",
            $"Officials said consent is needed <script>{Payload("report")}</script> before troops go.\n" +
            $"<a href=\"javascript:{Payload("anchor")}\">They</a> are not wrong, officials said; a veto is real.\n");
        folder.Write("r2.txt", $"Reporters said the claim that consent is needed is wrong <iframe src=\"javascript:{Payload("iframe")}\"></iframe>.\n");
        folder.Write("cues.txt", "[frames]\nbound<b onmouseover=x>\nfree\n[topic]\nconsent\nveto\n[bound<b onmouseover=x>]\nneeded\n[free]\nmyth\n");
        folder.Write("corpus.json", JsonSerializer.Serialize(new
        {
            documents = new object[]
            {
                new { id = "op<script>x</script>", file = opEdFile, title = $"<img src=x onerror=\"{Payload("title")}\">", kind = "op-ed", outlet = (string?)null },
                new { id = "r1", file = "r1.txt", title = (string?)null, kind = "news", outlet = (string?)$"<a href=\"javascript:{Payload("outlet")}\">Outlet</a>" },
                new { id = "r2\"><svg onload=x>", file = "r2.txt", title = (string?)"[t](javascript:x)", kind = "news<style>", outlet = (string?)null },
            },
        }));
        return folder;
    }

    [ChromiumFact]
    public void In_a_browser_no_corpus_script_runs_and_no_link_leaves_for_a_script_scheme()
    {
        using var corpus = HostileCorpus();
        using var output = new TempFolder();
        var run = WorkbookCli.Run("render", "--corpus", corpus.Path, "--out", output.Path, "--no-pictures");
        Assert.True(run.Code == 0, run.Err);
        var pages = Directory.GetFiles(Path.Combine(output.Path, "site"), "*.html").Order().ToList();
        Assert.Equal(Workbook.Chapters.ChapterCatalog.All.Count + 2, pages.Count); // the chapters, compare.html and index.html
        var chromium = HeadlessChromium.Find()!;
        foreach (var page in pages)
        {
            // The page as it is, with one checker script of ours at the end that reports what the loaded DOM holds.
            using var probe = new TempFolder();
            var probed = probe.Write(Path.GetFileName(page), File.ReadAllText(page).Replace("</body>", Checker + "</body>", StringComparison.Ordinal));
            var dom = HeadlessChromium.DumpDom(chromium, probed, TimeSpan.FromMinutes(2));
            var report = ReportOf(dom);
            Assert.True(report.GetProperty("elements").GetInt32() > 10, $"{Path.GetFileName(page)} did not load");
            Assert.Empty(report.GetProperty("problems").EnumerateArray().Select(p => $"{Path.GetFileName(page)}: {p.GetString()}"));
        }
        Assert.Contains("&lt;script&gt;", File.ReadAllText(pages.Single(p => p.EndsWith("05-claims-vs-reports.html", StringComparison.Ordinal))));
        Assert.Contains("&lt;script&gt;", File.ReadAllText(pages.Single(p => p.EndsWith(SiteWriter.ComparePage, StringComparison.Ordinal))));
    }

    [Fact]
    public void Notebook_markdown_and_plain_outputs_carry_no_live_markup()
    {
        using var corpus = HostileCorpus();
        using var output = new TempFolder();
        var run = WorkbookCli.Run("render", "--corpus", corpus.Path, "--out", output.Path, "--no-pictures");
        Assert.True(run.Code == 0, run.Err);
        var outputs = Directory.GetFiles(Path.Combine(output.Path, "notebooks"), "*.ipynb")
            .SelectMany(SavedNotebook.CodeCells).SelectMany(cell => cell.Outputs).ToList();
        var markdown = outputs.Where(d => d.ContainsKey("text/markdown")).Select(d => d["text/markdown"]).ToList();
        Assert.NotEmpty(markdown);
        foreach (var text in markdown)
        {
            // Rendered as a notebook front end would: CommonMark with raw HTML and autolinks on.
            var html = Markdig.Markdown.ToHtml(text);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("href=\"\\s*(javascript|vbscript|data):", html);
        }
        // Plain text shows the corpus's own "**too**" as written; the Markdown our renderers add must not leak into it.
        foreach (var plain in outputs.Select(d => d["text/plain"]))
            Assert.DoesNotContain("**", plain.Replace("**too**", "", StringComparison.Ordinal));
    }

    private const string Checker = """
        <script>
        setTimeout(function () {
          var problems = [];
          if (document.body.hasAttribute("data-pwned")) problems.push("a corpus script ran: " + document.body.getAttribute("data-pwned"));
          var all = document.querySelectorAll("*");
          all.forEach(function (element) {
            if (element.id === "workbook-probe") return;
            Array.prototype.forEach.call(element.attributes, function (attribute) {
              var name = attribute.name.toLowerCase();
              if (/^on/.test(name)) problems.push("event handler " + element.tagName + " " + name);
              if (/^(href|src|action|formaction|xlink:href)$/.test(name)) {
                var value = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
                // Our saved chart pictures (img src) and plotly.js's own heatmap bitmaps (SVG image href) are PNG data, which runs nothing.
                var picture = ((name === "src" && element.tagName === "IMG") || (name === "href" && element.tagName.toLowerCase() === "image"))
                    && value.indexOf("data:image/png;base64,") === 0;
                if (/^(javascript|vbscript|data):/.test(value) && !picture) problems.push("link " + element.tagName + " " + name + "=" + attribute.value.slice(0, 80));
              }
            });
            if (/^(IFRAME|OBJECT|EMBED)$/.test(element.tagName)) problems.push("embedded " + element.tagName);
          });
          var scripts = document.querySelectorAll("script").length;
          var report = document.createElement("pre");
          report.id = "workbook-probe";
          report.textContent = JSON.stringify({ problems: problems, elements: all.length, scripts: scripts });
          document.body.appendChild(report);
        }, 3000);
        </script>
        """;

    private static JsonElement ReportOf(string dom)
    {
        var match = Regex.Match(dom, "<pre id=\"workbook-probe\">(?<json>.*?)</pre>", RegexOptions.Singleline);
        Assert.True(match.Success, "the checker did not report");
        return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups["json"].Value)).RootElement.Clone();
    }


}
