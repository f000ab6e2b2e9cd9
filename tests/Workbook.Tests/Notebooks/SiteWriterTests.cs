using Workbook.Notebooks;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

public class SiteWriterTests
{
    private static readonly Notebook Sample = new("01-x", "One & Two",
    [
        new MarkdownCell("a", "# Heading\n\n<script>alert(1)</script> *text*"),
        new CodeCell("b", "wb.Documents < 3", [new CellOutput([new("text/html", "<table></table>")], []), new CellOutput([new("text/plain", "<plain>")], [])]),
    ]);

    [Fact]
    public void Writes_an_index_and_one_page_per_notebook_with_plotly_inlined_once()
    {
        using var folder = new TempFolder();
        var files = SiteWriter.Write([Sample], folder.Path, "window.Plotly={};/*</script>*/");
        Assert.Equal([Path.Combine(folder.Path, "01-x.html"), Path.Combine(folder.Path, "index.html")], files);
        var page = File.ReadAllText(files[0]);
        Assert.Equal(1, page.Split("window.Plotly={}").Length - 1);
        Assert.Contains("/*<\\/script>*/", page);
        Assert.Contains("<a href=\"01-x.html\">One &amp; Two</a>", File.ReadAllText(files[1]));
        Assert.Contains("navigator.clipboard.writeText(pre.innerText)", page);
        Assert.Contains(".output { margin: .5rem 0 1.5rem; overflow-x: auto; }", page);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Escapes_raw_html_in_markdown_and_code_and_keeps_formatter_html()
    {
        var body = SiteWriter.Body(Sample);
        Assert.Contains("<h1", body);
        Assert.Contains("<em>text</em>", body);
        Assert.DoesNotContain("<script>alert(1)</script>", body);
        Assert.Contains("wb.Documents &lt; 3", body);
        Assert.Contains("<table></table>", body);
        Assert.Contains("<pre>&lt;plain&gt;</pre>", body);
    }

    [Fact]
    public void Links_between_notebooks_lead_to_site_pages_and_other_links_stay()
    {
        using var folder = new TempFolder();
        var linking = new Notebook("02-y", "Two", [new MarkdownCell("c", "See [one](01-x.ipynb), [elsewhere](other.ipynb) and [web](https://example.org/01-x.ipynb).")]);
        SiteWriter.Write([Sample, linking], folder.Path, null);
        var page = File.ReadAllText(Path.Combine(folder.Path, "02-y.html"));
        Assert.Contains("<a href=\"01-x.html\">one</a>", page);
        Assert.Contains("<a href=\"other.ipynb\">elsewhere</a>", page);
        Assert.Contains("<a href=\"https://example.org/01-x.ipynb\">web</a>", page);
    }
}
