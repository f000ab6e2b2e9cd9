using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>How an axis places its values (plotly's axis <c>type</c>).</summary>
public enum AxisType
{
    /// <summary>Numbers, evenly spaced.</summary>
    [JsonStringEnumMemberName("linear")] Linear,
    /// <summary>Numbers on a logarithmic scale.</summary>
    [JsonStringEnumMemberName("log")] Log,
    /// <summary>Dates and times.</summary>
    [JsonStringEnumMemberName("date")] Date,
    /// <summary>Labels, one slot each.</summary>
    [JsonStringEnumMemberName("category")] Category,
    /// <summary>Labels grouped under outer labels.</summary>
    [JsonStringEnumMemberName("multicategory")] MultiCategory,
}
