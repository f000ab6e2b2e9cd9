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
    /// <summary>What to draw at the points.</summary>
    public ScatterMode? Mode { get; init; }
    /// <summary>Where point labels go.</summary>
    public TextPosition? TextPosition { get; init; }
}
