namespace Workbook.Charts;

/// <summary>plotly marker attributes.</summary>
public sealed record Marker
{
    /// <summary>One colour for all points.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Color { get; init; }
    /// <summary>One colour per point; serialised as plotly's array form of <c>color</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string>? Colors { get; init; }
    /// <summary>Marker size in pixels.</summary>
    public double? Size { get; init; }
    /// <summary>Marker symbol, e.g. "line-ns-open".</summary>
    public string? Symbol { get; init; }
    /// <summary>Opacity from 0 to 1.</summary>
    public double? Opacity { get; init; }

    /// <summary>The value written for plotly's <c>color</c>: the list when set, else the single colour.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("color")]
    public object? ColorValue => (object?)Colors ?? Color;
}
