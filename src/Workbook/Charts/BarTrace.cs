namespace Workbook.Charts;

/// <summary>A plotly bar trace. With <see cref="Orientation"/> "h", X holds lengths and Y categories.</summary>
public sealed record BarTrace : Trace
{
    /// <inheritdoc />
    public override string Type => "bar";
    /// <summary>Categories (vertical bars) or lengths (horizontal bars).</summary>
    public IReadOnlyList<object>? X { get; init; }
    /// <summary>Lengths (vertical bars) or categories (horizontal bars).</summary>
    public IReadOnlyList<object>? Y { get; init; }
    /// <summary>"v" (default) or "h".</summary>
    public string? Orientation { get; init; }
}
