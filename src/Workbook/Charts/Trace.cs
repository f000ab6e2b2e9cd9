using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>
/// One plotly.js trace. Subtypes type the attributes we use; <see cref="Extra"/> carries any other
/// plotly attribute by its plotly name (the escape hatch).
/// </summary>
public abstract record Trace
{
    /// <summary>The plotly trace type ("bar", "scatter", "heatmap", …).</summary>
    [JsonPropertyOrder(-10)]
    public abstract string Type { get; }

    /// <summary>Legend and hover name.</summary>
    public string? Name { get; init; }

    /// <summary>Text shown on hover or beside points, one per point.</summary>
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>plotly hovertemplate, e.g. "%{y}: %{x}&lt;extra&gt;&lt;/extra&gt;".</summary>
    public string? HoverTemplate { get; init; }

    /// <summary>Marker colours and sizes.</summary>
    public Marker? Marker { get; init; }

    /// <summary>Whether the trace appears in the legend.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>Any further plotly attribute, by its plotly name.</summary>
    [JsonExtensionData]
    public Dictionary<string, object?>? Extra { get; init; }
}
