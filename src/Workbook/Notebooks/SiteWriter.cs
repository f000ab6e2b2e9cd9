using System.Text.Json;
using System.Net;
using System.Text;
using Humanizer;
using Workbook.Claims.Display;
using Workbook.Display;

namespace Workbook.Notebooks;

/// <summary>
/// Writes the notebooks as a self-contained HTML site: <c>index.html</c> linking one page per notebook, and
/// <c>compare.html</c>, the argument reader a notebook saved, as a page of its own.
/// plotly.js is inlined once per page, so the site works offline. Markdown is rendered with raw HTML
/// disabled; code is escaped; outputs are the saved HTML, already escaped by the formatters.
/// </summary>
public static class SiteWriter
{
    /// <summary>Writes the site into <paramref name="folder"/> (a fresh staging folder) and returns the files written.</summary>
    /// <param name="notebooks">Rendered notebooks.</param>
    /// <param name="folder">Site folder.</param>
    /// <param name="plotlyScript">plotly.min.js text to inline; null to load it from the CDN.</param>
    public static IReadOnlyList<string> Write(IReadOnlyList<Notebook> notebooks, string folder, string? plotlyScript) => Pages(notebooks, plotlyScript).Select(page =>
    {
        var path = Path.Combine(folder, page.FileName);
        page.WriteTo(path);
        return path;
    }).ToList();

    /// <summary>The site's pages, one per notebook and then <c>index.html</c>, without writing them.</summary>
    /// <param name="notebooks">Rendered notebooks.</param>
    /// <param name="plotlyScript">plotly.min.js text to inline; null to load it from the CDN.</param>
    public static IReadOnlyList<SitePage> Pages(IReadOnlyList<Notebook> notebooks, string? plotlyScript)
    {
        var reader = ReaderOutput(notebooks);
        var script = plotlyScript?.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        var pages = notebooks.Select(notebook => Page(notebook.Name + ".html", notebook.Title, SitePageLinks(Body(notebook), notebooks), script)).ToList();
        if (reader is not null) pages.Add(Page(ComparePage, CompareTitle, CompareBody(reader), null));
        pages.Add(Page("index.html", "Workbook", Index(notebooks, reader is not null), null));
        return pages;
    }

    /// <summary>The file name of the page that shows the op-ed beside the reports.</summary>
    public const string ComparePage = "compare.html";

    private const string CompareTitle = "The op-ed beside the reports";

    /// <summary>The argument reader's HTML as a notebook saved it (the first output marked as the reader), or null.</summary>
    private static string? ReaderOutput(IReadOnlyList<Notebook> notebooks) => notebooks.SelectMany(n => n.Cells).OfType<CodeCell>().SelectMany(c => c.Outputs)
        .FirstOrDefault(o => o.Metadata.Any(m => m.Key == OutputFormatter.ViewMetadataKey && m.Value == ReaderView))?["text/html"];

    private static readonly string ReaderView = JsonSerializer.Serialize(ArgumentReaderHtml.ViewName);

    private static string CompareBody(string reader) =>
        "<style>body { max-width: 1500px; }</style>\n<h1>" + CompareTitle + "</h1>\n" +
        "<p>The op-ed on the left, its claims marked; one report at a time on the right, with the sentences the comparison ranked as evidence " +
        "for the selected claim, in the colour of the relation it gave that report. Select a claim or a report (click, or the arrow keys), " +
        "select a sentence to see its offsets in the raw text. The address names the selection, so a link shares the view.</p>\n" +
        "<div class=\"wb-reader-page\">" + reader + "</div>\n";

    /// <summary>Links between notebooks ("05-claims-vs-reports.ipynb") lead to their site pages instead.</summary>
    private static string SitePageLinks(string body, IReadOnlyList<Notebook> notebooks) => notebooks.Aggregate(body, (html, other) =>
        html.Replace($"href=\"{WebUtility.HtmlEncode(other.Name)}.ipynb", $"href=\"{WebUtility.HtmlEncode(other.Name)}.html", StringComparison.Ordinal))
        .Replace($"href=\"../site/{ComparePage}", $"href=\"{ComparePage}", StringComparison.Ordinal);

    /// <summary>The HTML body of one notebook page.</summary>
    public static string Body(Notebook notebook)
    {
        var html = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            switch (cell)
            {
                case MarkdownCell markdown:
                    html.Append("<section class=\"markdown\">").Append(MarkdownHtml.Render(markdown.Source)).Append("</section>\n");
                    break;
                case CodeCell code when code.Id == SetupCell.Id(notebook.Name):
                    html.Append("<details class=\"setup\"><summary>setup cell: loads Workbook and opens the corpus as wb</summary><pre class=\"code\"><code>")
                        .Append(WebUtility.HtmlEncode(code.Source)).Append("</code></pre></details>\n");
                    break;
                case CodeCell code:
                    html.Append("<pre class=\"code\"><code>").Append(WebUtility.HtmlEncode(code.Source)).Append("</code></pre>\n");
                    foreach (var output in code.Outputs) html.Append("<div class=\"output\">").Append(OutputHtml(output)).Append("</div>\n");
                    break;
            }
        }
        return html.ToString();
    }

    private static string OutputHtml(CellOutput output) =>
        output["text/html"]
        ?? (output["image/png"] is { } png ? $"<img alt=\"chart\" src=\"data:image/png;base64,{png}\"/>" : null)
        ?? $"<pre>{WebUtility.HtmlEncode(output["text/plain"] ?? "")}</pre>";

    private static string Index(IReadOnlyList<Notebook> notebooks, bool compare)
    {
        var html = new StringBuilder();
        html.Append("<h1>Workbook</h1>\n<p>How does the op-ed's argument compare with what the reports say? ")
            .Append(WebUtility.HtmlEncode("notebook".ToQuantity(notebooks.Count))).Append(", each rendered with every output saved.</p>\n<ol>\n");
        foreach (var notebook in notebooks)
            html.Append($"<li><a href=\"{WebUtility.HtmlEncode(notebook.Name)}.html\">{WebUtility.HtmlEncode(notebook.Title)}</a></li>\n");
        html.Append("</ol>\n");
        if (compare) html.Append($"<p><a href=\"{ComparePage}\">{CompareTitle}</a>: every claim of the op-ed linked to its evidence in the reports.</p>\n");
        return html.ToString();
    }

    /// <summary>A page around <paramref name="body"/>, with the escaped plotly.js <paramref name="script"/> inlined in its head when given.</summary>
    private static SitePage Page(string fileName, string title, string body, string? script) =>
        new(fileName, Head(title) + (script is null ? "" : ScriptStart), script ?? "", (script is null ? "" : ScriptEnd) + Tail(body));

    private const string ScriptStart = "<script type=\"text/javascript\">";
    private const string ScriptEnd = "</script>\n";

    private static string Head(string title) => $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} — Workbook</title>
            <style>
            body {"{"} font-family: Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; margin: 0 auto; max-width: 1080px; padding: 1rem 2rem; color: #222; line-height: 1.5; {"}"}
            nav {"{"} margin-bottom: 1rem; {"}"}
            pre.code {"{"} background: #f5f5f5; padding: .6rem .8rem; border-left: 3px solid #0072B2; overflow-x: auto; font-size: .85rem; {"}"}
            .output {"{"} margin: .5rem 0 1.5rem; overflow-x: auto; {"}"}
            table.workbook-table {"{"} border-collapse: collapse; font-size: .85rem; {"}"}
            table.workbook-table th, table.workbook-table td {"{"} border-bottom: 1px solid #ddd; padding: .25rem .5rem; vertical-align: top; {"}"}
            table.workbook-table th {"{"} background: #fafafa; {"}"}
            .code-cell {"{"} position: relative; {"}"}
            details.setup {"{"} margin: .5rem 0 1rem; color: #555; font-size: .85rem; {"}"}
            button.copy {"{"} position: absolute; top: .3rem; right: .3rem; font-size: .75rem; padding: .1rem .5rem; border: 1px solid #ccc; border-radius: 3px; background: #fff; cursor: pointer; {"}"}
            @media (max-width: 640px) {"{"} body {"{"} padding: .5rem .75rem; {"}"} {"}"}
            </style>

            """;

    private static string Tail(string body) => $"""
            </head>
            <body>
            <nav><a href="index.html">Workbook</a></nav>
            <main>
            {body}</main>
            <script>
            document.querySelectorAll("pre.code").forEach(function (pre) {"{"}
              var wrapper = document.createElement("div"); wrapper.className = "code-cell";
              pre.parentNode.insertBefore(wrapper, pre); wrapper.appendChild(pre);
              var button = document.createElement("button"); button.className = "copy"; button.type = "button"; button.textContent = "copy";
              button.addEventListener("click", function () {"{"}
                navigator.clipboard.writeText(pre.innerText).then(function () {"{"} button.textContent = "copied"; {"}"});
              {"}"});
              wrapper.appendChild(button);
            {"}"});
            </script>
            </body>
            </html>
            """;
}
