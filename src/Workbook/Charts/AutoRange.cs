using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>
/// How an axis fits its range to the data, beyond plotly's default (null: fit both ends, in the usual direction;
/// a set <see cref="Axis.Range"/> turns fitting off).
/// </summary>
public enum AutoRange
{
    /// <summary>Fit both ends and flip the axis, e.g. to list categories from the top down.</summary>
    [JsonStringEnumMemberName("reversed")] Reversed,
    /// <summary>Fit the lower end only.</summary>
    [JsonStringEnumMemberName("min")] Min,
    /// <summary>Fit the upper end only.</summary>
    [JsonStringEnumMemberName("max")] Max,
    /// <summary>Fit the lower end only, and flip the axis.</summary>
    [JsonStringEnumMemberName("min reversed")] MinReversed,
    /// <summary>Fit the upper end only, and flip the axis.</summary>
    [JsonStringEnumMemberName("max reversed")] MaxReversed,
}
