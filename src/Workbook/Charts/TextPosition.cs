using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>Where a point's text goes, relative to the point (plotly's scatter <c>textposition</c>).</summary>
public enum TextPosition
{
    /// <summary>Above and to the left.</summary>
    [JsonStringEnumMemberName("top left")] TopLeft,
    /// <summary>Above.</summary>
    [JsonStringEnumMemberName("top center")] TopCenter,
    /// <summary>Above and to the right.</summary>
    [JsonStringEnumMemberName("top right")] TopRight,
    /// <summary>To the left.</summary>
    [JsonStringEnumMemberName("middle left")] MiddleLeft,
    /// <summary>On the point.</summary>
    [JsonStringEnumMemberName("middle center")] MiddleCenter,
    /// <summary>To the right.</summary>
    [JsonStringEnumMemberName("middle right")] MiddleRight,
    /// <summary>Below and to the left.</summary>
    [JsonStringEnumMemberName("bottom left")] BottomLeft,
    /// <summary>Below.</summary>
    [JsonStringEnumMemberName("bottom center")] BottomCenter,
    /// <summary>Below and to the right.</summary>
    [JsonStringEnumMemberName("bottom right")] BottomRight,
}
