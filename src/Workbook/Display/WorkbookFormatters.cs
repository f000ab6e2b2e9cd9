using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Charts;
using Workbook.Tables;

namespace Workbook.Display;

/// <summary>
/// Registers Workbook's formatters with Microsoft.DotNet.Interactive.Formatting: every <see cref="ITable"/>
/// (and every Microsoft.Data.Analysis DataFrame) as a flat HTML table, every <see cref="Figure"/> as an interactive chart, every <see cref="MarkdownText"/> as escaped HTML. Called by the notebook setup cell
/// and by the renderer; registering twice is harmless.
/// </summary>
public static class WorkbookFormatters
{
    private static int _chartCount;

    /// <summary>Registers the formatters.</summary>
    public static void Register()
    {
        Formatter.Register<ITable>((table, writer) => writer.Write(TableHtml.Render(table)), HtmlFormatter.MimeType);
        Formatter.Register<Microsoft.Data.Analysis.DataFrame>((frame, writer) => writer.Write(TableHtml.Render(new DataFrameTable(frame))), HtmlFormatter.MimeType);
        Formatter.Register<Figure>((figure, writer) =>
            writer.Write(FigureHtml.Render(figure, $"workbook-chart-{Interlocked.Increment(ref _chartCount)}", null, PlotlyScript.CdnUrl)),
            HtmlFormatter.MimeType);
        Formatter.Register<MarkdownText>((markdown, writer) => writer.Write(MarkdownHtml.Render(markdown.Markdown)), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ITable), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(MarkdownText), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Figure), HtmlFormatter.MimeType);
    }
}
