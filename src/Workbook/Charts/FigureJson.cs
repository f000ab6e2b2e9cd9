using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workbook.Charts;

/// <summary>
/// Serialises figures to plotly.js JSON: attribute names in plotly's lower case, nulls left out, and
/// '&lt;', '&gt;', '&amp;' and quotes escaped so the JSON is safe inside an HTML script element.
/// </summary>
public static class FigureJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = new LowerCaseNamingPolicy(),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new TraceConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The figure as one line of JSON: <c>{"data":[…],"layout":{…},"config":{…}}</c>.</summary>
    public static string Serialize(Figure figure) => JsonSerializer.Serialize(new
    {
        data = figure.Data,
        layout = figure.Layout,
        config = figure.Config,
    }, Options);

    private sealed class LowerCaseNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }

    private sealed class TraceConverter : JsonConverter<Trace>
    {
        public override Trace Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("figures are written, not read");

        public override void Write(Utf8JsonWriter writer, Trace value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }
}
