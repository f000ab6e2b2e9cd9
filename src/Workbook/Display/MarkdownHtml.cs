using Markdig;

namespace Workbook.Display;

/// <summary>Markdown to HTML with raw HTML disabled, so corpus text inside markdown is always escaped.</summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();

    /// <summary>The HTML for <paramref name="markdown"/>.</summary>
    public static string Render(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
