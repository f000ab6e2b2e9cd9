namespace Workbook.Charts;

/// <summary>The house heatmap of documents (rows) against categories (columns), blue for more.</summary>
public static class CategoryHeatmap
{
    /// <summary>
    /// A heatmap titled <paramref name="title"/> with one row per <paramref name="rows"/> entry and one column per
    /// <paramref name="columns"/> entry, each cell <paramref name="value"/>(row, column), labelled with <paramref name="textTemplate"/>.
    /// Row and column names are escaped for plotly.js.
    /// </summary>
    public static Figure Of(string title, IReadOnlyList<string> rows, IReadOnlyList<string> columns, Func<string, string, double> value,
        string textTemplate, string hoverTemplate, int height, double? zMax = null, int? width = null) => new Figure(
        [new HeatmapTrace
        {
            X = columns.Select(ChartText.Escape).ToList(),
            Y = rows.Select(ChartText.Escape).ToList(),
            Z = rows.Select(r => (IReadOnlyList<double>)columns.Select(c => value(r, c)).ToList()).ToList(),
            ColorScale = ColorScale.Blues, ZMin = 0, ZMax = zMax, TextTemplate = textTemplate,
            Extra = new() { ["reversescale"] = true },
            HoverTemplate = hoverTemplate,
        }],
        new Layout
        {
            Title = new Title(title),
            XAxis = new Axis { Type = AxisType.Category, AutoMargin = true },
            YAxis = new Axis { Type = AxisType.Category, AutoRange = AutoRange.Reversed },
            Height = height,
            Width = width,
        });
}
