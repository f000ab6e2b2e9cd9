using System.Text.Json;
using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Charts;
using Workbook.Display;
using Workbook.Tables;

namespace Workbook.Notebooks;

/// <summary>Turns a cell's value into saved notebook outputs, through the registered formatters.</summary>
internal static class OutputFormatter
{
    /// <summary>Output metadata key that names an <see cref="HtmlView"/>'s kind, so the site can show a view as a page of its own.</summary>
    public const string ViewMetadataKey = "workbook_view";

    /// <summary>Outputs for an ordinary value: HTML from the formatters, plus plain text.</summary>
    public static IReadOnlyList<CellOutput> ForValue(object? value) => value switch
    {
        null => [],
        string text => [Output([new("text/plain", text)])],
        MarkdownText markdown => [Output([new("text/html", Formatter.ToDisplayString(markdown, HtmlFormatter.MimeType)), new("text/markdown", markdown.Markdown), new("text/plain", MarkdownHtml.PlainText(markdown.Markdown))])],
        HtmlView view => [new CellOutput([new("text/html", Formatter.ToDisplayString(view, HtmlFormatter.MimeType)), new("text/plain", view.PlainText)],
            [new(ViewMetadataKey, JsonSerializer.Serialize(view.Name))])],
        ITable table => [Output([new("text/html", Formatter.ToDisplayString(table, HtmlFormatter.MimeType)), new("text/plain", TableHtml.Caption(table))])],
        _ => [Output([new("text/html", Formatter.ToDisplayString(value, HtmlFormatter.MimeType)), new("text/plain", Formatter.ToDisplayString(value, PlainTextFormatter.MimeType))])],
    };

    /// <summary>
    /// The output of a chart: HTML that shows the picture and is replaced by the interactive chart where
    /// JavaScript runs, the PNG itself for renderers that prefer images, and the figure key in metadata.
    /// </summary>
    public static CellOutput ForFigure(Figure figure, string elementId, PictureRequest request, byte[]? picture)
    {
        var data = new List<KeyValuePair<string, string>>
        {
            new("text/html", FigureHtml.Render(figure, elementId, picture, PlotlyScript.CdnUrl)),
            new("text/plain", $"Chart: {figure.TitleText}"),
        };
        if (picture is not null) data.Add(new("image/png", Convert.ToBase64String(picture)));
        return new CellOutput(data, [new(SavedPictures.MetadataKey, JsonSerializer.Serialize(request.Key))]);
    }

    private static CellOutput Output(List<KeyValuePair<string, string>> data) => new(data, []);
}
