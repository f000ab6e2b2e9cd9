namespace Workbook.Charts;

/// <summary>A plotly scatter trace: points, lines or both.</summary>
public sealed record ScatterTrace : Trace
{
    /// <inheritdoc />
    public override string Type => "scatter";
    /// <summary>Horizontal positions.</summary>
    public IReadOnlyList<object>? X { get; init; }
    /// <summary>Vertical positions.</summary>
    public IReadOnlyList<object>? Y { get; init; }
    /// <summary>"markers", "lines", "markers+text", …</summary>
    public string? Mode { get; init; }
    /// <summary>Where point labels go, e.g. "top center".</summary>
    public string? TextPosition { get; init; }
}
