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
    /// <summary>One number per point, mapped to colour through <see cref="ColorScale"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<double>? Values { get; init; }
    /// <summary>The colour scale <see cref="Values"/> are mapped through.</summary>
    public ColorScale? ColorScale { get; init; }
    /// <summary>Value mapped to the low end of the colour scale.</summary>
    public double? CMin { get; init; }
    /// <summary>Value mapped to the high end of the colour scale.</summary>
    public double? CMax { get; init; }
    /// <summary>Whether to show a colour bar.</summary>
    public bool? ShowScale { get; init; }
    /// <summary>Swap the colour scale's ends.</summary>
    public bool? ReverseScale { get; init; }
    /// <summary>Marker size in pixels.</summary>
    public double? Size { get; init; }
    /// <summary>Marker symbol, e.g. "line-ns-open".</summary>
    public string? Symbol { get; init; }
    /// <summary>Opacity from 0 to 1.</summary>
    public double? Opacity { get; init; }

    /// <summary>The value written for plotly's <c>color</c>: the colour list, else the value list, else the single colour.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("color")]
    public object? ColorValue => (object?)Colors ?? (object?)Values ?? Color;
}
