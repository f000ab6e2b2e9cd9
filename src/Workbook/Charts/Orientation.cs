using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>Which way bars run (plotly's <c>orientation</c>).</summary>
public enum Orientation
{
    /// <summary>Upright bars: categories along x, lengths along y.</summary>
    [JsonStringEnumMemberName("v")] Vertical,
    /// <summary>Lying bars: lengths along x, categories along y.</summary>
    [JsonStringEnumMemberName("h")] Horizontal,
}
