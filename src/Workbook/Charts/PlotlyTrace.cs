using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>
/// A trace of any plotly type, its attributes kept as written in <see cref="Trace.Extra"/>: what
/// <see cref="FigureJson.Parse"/> makes of a figure drawn elsewhere (Plotly.NET, say).
/// </summary>
/// <param name="TraceType">The plotly trace type.</param>
public sealed record PlotlyTrace([property: JsonIgnore] string TraceType) : Trace
{
    /// <inheritdoc />
    public override string Type => TraceType;
}
