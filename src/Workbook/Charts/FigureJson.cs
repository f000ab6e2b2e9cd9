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
        Converters = { new TraceConverter(), new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The figure as one line of JSON: <c>{"data":[…],"layout":{…},"config":{…}}</c>.</summary>
    public static string Serialize(Figure figure) => JsonSerializer.Serialize(new
    {
        data = figure.Data,
        layout = figure.Layout,
        config = figure.Config,
    }, Options);

    /// <summary>
    /// A figure from plotly.js JSON written elsewhere (for example Plotly.NET's <c>GenericChart.toFigureJson</c>):
    /// each trace as a <see cref="PlotlyTrace"/> with its attributes as written; the layout's title, width and height
    /// typed and its other attributes as written, except a <c>template</c>, which the house template replaces; our config.
    /// </summary>
    /// <exception cref="JsonException"><paramref name="json"/> is not a plotly figure: an object with a <c>data</c> array of typed traces.</exception>
    public static Figure Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            throw new JsonException("a plotly figure is an object with a \"data\" array");
        var traces = data.EnumerateArray().Select(trace =>
        {
            if (trace.ValueKind != JsonValueKind.Object || !trace.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                throw new JsonException("every plotly trace is an object with a \"type\"");
            return (Trace)new PlotlyTrace(type.GetString()!) { Extra = Attributes(trace, "type") };
        }).ToList();
        var layout = new Layout();
        if (root.TryGetProperty("layout", out var given) && given.ValueKind == JsonValueKind.Object)
        {
            var extra = Attributes(given, "template");
            layout = new Layout
            {
                Title = Take(extra, "title", e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && e.EnumerateObject().Count() == 1 ? new Title(text.GetString()!) : null),
                Width = Take(extra, "width", e => e.TryGetInt32(out var width) ? width : (int?)null),
                Height = Take(extra, "height", e => e.TryGetInt32(out var height) ? height : (int?)null),
                Extra = extra.Count > 0 ? extra : null,
            };
        }
        return new Figure(traces, layout);
    }

    private static Dictionary<string, object?> Attributes(JsonElement element, string except) =>
        element.EnumerateObject().Where(p => p.Name != except).ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);

    /// <summary>The typed value of <paramref name="name"/>, removed from <paramref name="extra"/>; or default, left there, when it does not fit the type.</summary>
    private static T? Take<T>(Dictionary<string, object?> extra, string name, Func<JsonElement, T?> typed)
    {
        if (!extra.TryGetValue(name, out var value) || value is not JsonElement element || typed(element) is not { } result) return default;
        extra.Remove(name);
        return result;
    }

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
