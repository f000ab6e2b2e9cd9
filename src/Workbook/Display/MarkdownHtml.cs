using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Workbook.Display;

/// <summary>
/// Markdown to HTML for notebook prose and results written in words: pipe tables and emphasis extras; raw HTML and
/// autolinks off; a link whose address is not http:, https:, mailto: or relative loses its address.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>The HTML of <paramref name="markdown"/>.</summary>
    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !SafeUrl.IsAllowed(url)) link.Url = "";
            if (link.Reference is { } reference && reference.Url is { } referenceUrl && !SafeUrl.IsAllowed(referenceUrl)) reference.Url = "";
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The plain text of <paramref name="markdown"/>: its words, without markup or escapes.</summary>
    public static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).TrimEnd('\n');

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml();
        builder.InlineParsers.RemoveAll(p => p is AutolinkInlineParser);
        return builder.Build();
    }
}
