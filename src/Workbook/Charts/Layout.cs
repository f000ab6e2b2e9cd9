using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>plotly layout attributes we use; <see cref="Extra"/> carries any other by its plotly name.</summary>
public sealed record Layout
{
    /// <summary>Chart title.</summary>
    public Title? Title { get; init; }
    /// <summary>Horizontal axis.</summary>
    public Axis? XAxis { get; init; }
    /// <summary>Vertical axis.</summary>
    public Axis? YAxis { get; init; }
    /// <summary>How bars at one position share it.</summary>
    public BarMode? BarMode { get; init; }
    /// <summary>Height in pixels.</summary>
    public int? Height { get; init; }
    /// <summary>Width in pixels; null lets the chart fill its container.</summary>
    public int? Width { get; init; }
    /// <summary>Whether to show the legend.</summary>
    public bool? ShowLegend { get; init; }
    /// <summary>Margins in pixels.</summary>
    public Margin? Margin { get; init; }
    /// <summary>Default font.</summary>
    public Font? Font { get; init; }
    /// <summary>Background of the whole figure.</summary>
    [JsonPropertyName("paper_bgcolor")]
    public string? PaperBackground { get; init; }
    /// <summary>Background of the plotting area.</summary>
    [JsonPropertyName("plot_bgcolor")]
    public string? PlotBackground { get; init; }
    /// <summary>Colours given to traces in turn.</summary>
    public IReadOnlyList<string>? ColorWay { get; init; }
    /// <summary>Any further plotly layout attribute.</summary>
    [JsonExtensionData]
    public Dictionary<string, object?>? Extra { get; init; }
}

/// <summary>A title; plotly wants an object with <c>text</c>.</summary>
/// <param name="Text">The title text.</param>
public sealed record Title(string Text);

/// <summary>Figure margins in pixels.</summary>
/// <param name="L">Left.</param><param name="R">Right.</param><param name="T">Top.</param><param name="B">Bottom.</param>
public sealed record Margin(int L, int R, int T, int B);

/// <summary>Font attributes.</summary>
/// <param name="Family">CSS font family list.</param><param name="Size">Size in points.</param><param name="Color">CSS colour.</param>
public sealed record Font(string? Family = null, double? Size = null, string? Color = null);

/// <summary>plotly axis attributes.</summary>
public sealed record Axis
{
    /// <summary>Axis title.</summary>
    public Title? Title { get; init; }
    /// <summary>How the axis places its values.</summary>
    public AxisType? Type { get; init; }
    /// <summary>Let long tick labels push the margin.</summary>
    public bool? AutoMargin { get; init; }
    /// <summary>Shown range [from, to].</summary>
    public IReadOnlyList<double>? Range { get; init; }
    /// <summary>Whether grid lines show.</summary>
    public bool? ShowGrid { get; init; }
    /// <summary>Whether the zero line shows.</summary>
    public bool? ZeroLine { get; init; }
    /// <summary>The order of categories.</summary>
    public CategoryOrder? CategoryOrder { get; init; }
    /// <summary>Categories in order when <see cref="CategoryOrder"/> is <see cref="Charts.CategoryOrder.Array"/>.</summary>
    public IReadOnlyList<string>? CategoryArray { get; init; }
    /// <summary>How the range fits the data; null for plotly's default.</summary>
    public AutoRange? AutoRange { get; init; }
    /// <summary>Any further plotly axis attribute.</summary>
    [JsonExtensionData]
    public Dictionary<string, object?>? Extra { get; init; }
}
