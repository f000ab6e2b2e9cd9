using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>plotly.js's named colour scales.</summary>
public enum ColorScale
{
    /// <summary>Black through red and yellow to white.</summary>
    [JsonStringEnumMemberName("Blackbody")] Blackbody,
    /// <summary>Blue to red.</summary>
    [JsonStringEnumMemberName("Bluered")] Bluered,
    /// <summary>White to dark blue (sequential).</summary>
    [JsonStringEnumMemberName("Blues")] Blues,
    /// <summary>Blue to yellow, perceptually uniform and colour-blind safe.</summary>
    [JsonStringEnumMemberName("Cividis")] Cividis,
    /// <summary>Earth tones.</summary>
    [JsonStringEnumMemberName("Earth")] Earth,
    /// <summary>Black through purple to yellow.</summary>
    [JsonStringEnumMemberName("Electric")] Electric,
    /// <summary>White to dark green (sequential).</summary>
    [JsonStringEnumMemberName("Greens")] Greens,
    /// <summary>White to black (sequential).</summary>
    [JsonStringEnumMemberName("Greys")] Greys,
    /// <summary>Black through red and yellow to white, steeper than Blackbody.</summary>
    [JsonStringEnumMemberName("Hot")] Hot,
    /// <summary>Blue through green to red.</summary>
    [JsonStringEnumMemberName("Jet")] Jet,
    /// <summary>Blue through white to red.</summary>
    [JsonStringEnumMemberName("Picnic")] Picnic,
    /// <summary>Blue through yellow to red.</summary>
    [JsonStringEnumMemberName("Portland")] Portland,
    /// <summary>Blue through green and yellow to red.</summary>
    [JsonStringEnumMemberName("Rainbow")] Rainbow,
    /// <summary>Red through white to blue (diverging).</summary>
    [JsonStringEnumMemberName("RdBu")] RdBu,
    /// <summary>White to dark red (sequential).</summary>
    [JsonStringEnumMemberName("Reds")] Reds,
    /// <summary>Purple through green to yellow, perceptually uniform.</summary>
    [JsonStringEnumMemberName("Viridis")] Viridis,
    /// <summary>Yellow through green to blue.</summary>
    [JsonStringEnumMemberName("YlGnBu")] YlGnBu,
    /// <summary>Yellow through orange to red.</summary>
    [JsonStringEnumMemberName("YlOrRd")] YlOrRd,
}
