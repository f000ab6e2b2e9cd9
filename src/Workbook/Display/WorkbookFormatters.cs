using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Charts;
using Workbook.Tables;

namespace Workbook.Display;

/// <summary>
/// Registers Workbook's formatters with Microsoft.DotNet.Interactive.Formatting: every <see cref="ITable"/>
/// (and every Microsoft.Data.Analysis DataFrame) as a flat HTML table, every <see cref="Figure"/> and Plotly.NET <c>GenericChart</c> as an interactive chart in the house style, every <see cref="MarkdownText"/> as escaped HTML, every <see cref="HtmlView"/> as its own HTML. Called by the notebook setup cell
/// and by the renderer; registering twice is harmless.
/// </summary>
public static class WorkbookFormatters
{
    private static int _chartCount;

    /// <summary>Registers the formatters.</summary>
    public static void Register()
    {
        PlotlyNetLoading.IsolateInHost();
        RegisterFormatters();
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // the formatters name Plotly.NET's types: they must not load before the host is prepared for them
    private static void RegisterFormatters()
    {
        Formatter.Register<ITable>((table, writer) => writer.Write(TableHtml.Render(table)), HtmlFormatter.MimeType);
        Formatter.Register<Microsoft.Data.Analysis.DataFrame>((frame, writer) => writer.Write(TableHtml.Render(new DataFrameTable(frame))), HtmlFormatter.MimeType);
        Formatter.Register<Figure>((figure, writer) => writer.Write(ChartHtml(figure)), HtmlFormatter.MimeType);
        Formatter.Register<Plotly.NET.GenericChart>((chart, writer) => writer.Write(ChartHtml(chart)), HtmlFormatter.MimeType);
        Formatter.Register<HtmlView>((view, writer) => writer.Write(view.Html), HtmlFormatter.MimeType);
        Formatter.Register<HtmlView>((view, writer) => writer.Write(view.PlainText), PlainTextFormatter.MimeType);
        Formatter.Register<MarkdownText>((markdown, writer) => writer.Write(MarkdownHtml.Render(markdown.Markdown)), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ITable), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(MarkdownText), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Figure), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(HtmlView), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Plotly.NET.GenericChart), HtmlFormatter.MimeType);
    }

    private static string ChartHtml(object chart) =>
        FigureHtml.Render(DisplayedFigure.Of(chart)!, $"workbook-chart-{Interlocked.Increment(ref _chartCount)}", null, PlotlyScript.CdnUrl);
}
