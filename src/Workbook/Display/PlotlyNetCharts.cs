using System.Text.Json;
using Microsoft.FSharp.Collections;
using Plotly.NET;
using Figure = Workbook.Charts.Figure;
using Workbook.Charts;

namespace Workbook.Display;

/// <summary>
/// Our figures and Plotly.NET's charts, each into the other through plotly.js figure JSON, so a notebook user
/// can go on with Plotly.NET's API from any Workbook chart, and a Plotly.NET chart shows like ours.
/// </summary>
public static class PlotlyNetCharts
{
    /// <summary>
    /// <paramref name="figure"/>, in the house style, as a Plotly.NET chart with the same traces, layout and config
    /// (and none of Plotly.NET's default template or size).
    /// </summary>
    public static GenericChart ToGenericChart(this Figure figure)
    {
        using var json = JsonDocument.Parse(FigureJson.Serialize(HouseStyle.Apply(figure)));
        var root = json.RootElement;
        var traces = root.GetProperty("data").EnumerateArray().Select(element =>
        {
            var trace = new Plotly.NET.Trace(element.GetProperty("type").GetString()!);
            SetAll(trace, element);
            return trace;
        });
        var layout = new Plotly.NET.Layout();
        SetAll(layout, root.GetProperty("layout"));
        var config = new Config();
        SetAll(config, root.GetProperty("config"));
        return GenericChart.setConfig(config, GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, ListModule.OfSeq(traces))));
    }

    /// <summary>
    /// <paramref name="chart"/> as our figure, from its figure JSON (see <see cref="FigureJson.Parse"/>): shown like
    /// ours, in the house style, with a static picture in rendered notebooks.
    /// </summary>
    public static Figure ToFigure(this GenericChart chart) => FigureJson.Parse(GenericChart.toFigureJson(chart));

    /// <summary>
    /// Runs Plotly.NET's one-time start (its defaults and template, and its first figure JSON: about 0.3 s cold) so that
    /// a caller can overlap it with other work, such as loading a corpus. Safe from any thread, any number of times.
    /// </summary>
    public static void WarmUp() => new Figure([new BarTrace { X = ["a"], Y = [1] }], new Workbook.Charts.Layout()).ToGenericChart().ToFigure();

    private static void SetAll(DynamicObj.DynamicObj target, JsonElement attributes)
    {
        foreach (var attribute in attributes.EnumerateObject()) target.SetProperty(attribute.Name, Plain(attribute.Value));
    }

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? (object)whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
