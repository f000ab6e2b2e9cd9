using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>How bars at the same position share it (plotly's <c>layout.barmode</c>).</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    [JsonStringEnumMemberName("group")] Group,
    /// <summary>Stacked end to end.</summary>
    [JsonStringEnumMemberName("stack")] Stack,
    /// <summary>Drawn over each other.</summary>
    [JsonStringEnumMemberName("overlay")] Overlay,
    /// <summary>Stacked, negative values below the axis and positive above.</summary>
    [JsonStringEnumMemberName("relative")] Relative,
}
