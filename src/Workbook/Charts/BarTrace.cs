namespace Workbook.Charts;

/// <summary>A plotly bar trace. With <see cref="Charts.Orientation.Horizontal"/>, X holds lengths and Y categories.</summary>
public sealed record BarTrace : Trace
{
    /// <inheritdoc />
    public override string Type => "bar";
    /// <summary>Categories (vertical bars) or lengths (horizontal bars).</summary>
    public IReadOnlyList<object>? X { get; init; }
    /// <summary>Lengths (vertical bars) or categories (horizontal bars).</summary>
    public IReadOnlyList<object>? Y { get; init; }
    /// <summary>Which way the bars run; plotly draws them upright when null.</summary>
    public Orientation? Orientation { get; init; }
}
