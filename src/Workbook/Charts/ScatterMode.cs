using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>What a scatter trace draws at its points (plotly's <c>mode</c>).</summary>
public enum ScatterMode
{
    /// <summary>Points only.</summary>
    [JsonStringEnumMemberName("markers")] Markers,
    /// <summary>Lines joining the points.</summary>
    [JsonStringEnumMemberName("lines")] Lines,
    /// <summary>Each point's text only.</summary>
    [JsonStringEnumMemberName("text")] Text,
    /// <summary>Lines with the points marked.</summary>
    [JsonStringEnumMemberName("lines+markers")] LinesMarkers,
    /// <summary>Points with their text beside them.</summary>
    [JsonStringEnumMemberName("markers+text")] MarkersText,
    /// <summary>Lines with each point's text.</summary>
    [JsonStringEnumMemberName("lines+text")] LinesText,
    /// <summary>Lines, points and text.</summary>
    [JsonStringEnumMemberName("lines+markers+text")] LinesMarkersText,
    /// <summary>Nothing at the points (for hover-only or filled traces).</summary>
    [JsonStringEnumMemberName("none")] None,
}
