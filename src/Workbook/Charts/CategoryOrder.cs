using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>The order of categories along an axis (plotly's <c>categoryorder</c>).</summary>
public enum CategoryOrder
{
    /// <summary>As they first appear in the traces.</summary>
    [JsonStringEnumMemberName("trace")] Trace,
    /// <summary>Alphabetical.</summary>
    [JsonStringEnumMemberName("category ascending")] CategoryAscending,
    /// <summary>Reverse alphabetical.</summary>
    [JsonStringEnumMemberName("category descending")] CategoryDescending,
    /// <summary>As listed in <see cref="Axis.CategoryArray"/>.</summary>
    [JsonStringEnumMemberName("array")] Array,
    /// <summary>By the sum of their values, smallest first.</summary>
    [JsonStringEnumMemberName("total ascending")] TotalAscending,
    /// <summary>By the sum of their values, largest first.</summary>
    [JsonStringEnumMemberName("total descending")] TotalDescending,
}
