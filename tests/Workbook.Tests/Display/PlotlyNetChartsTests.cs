using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using Workbook.Display;
using Figure = Workbook.Charts.Figure;
using Ours = Workbook.Charts;

namespace Workbook.Tests.Display;

[Collection(FormatterCollection.Name)]
public class PlotlyNetChartsTests
{
    private static readonly Figure Bars = new(
        [new Ours.BarTrace { Name = "n", X = ["a", "b"], Y = [1, 2.5], Orientation = Ours.Orientation.Horizontal, Marker = new Ours.Marker { Colors = ["#111111", "#222222"], Opacity = 0.6 } }],
        new Ours.Layout { Title = new Ours.Title("Bars"), BarMode = Ours.BarMode.Group, YAxis = new Ours.Axis { AutoRange = Ours.AutoRange.Reversed }, Extra = new() { ["hovermode"] = "closest" } });

    private static JsonNode Node(string json) => JsonNode.Parse(json)!;

    [Fact]
    public void Our_figure_goes_to_plotly_net_with_the_same_traces_and_layout_in_the_house_style()
    {
        var expected = Node(Ours.FigureJson.Serialize(Ours.HouseStyle.Apply(Bars)));
        var chart = Bars.ToGenericChart();
        var actual = Node(GenericChart.toFigureJson(chart));
        Assert.True(JsonNode.DeepEquals(expected["data"], actual["data"]), actual["data"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected["layout"], actual["layout"]), actual["layout"]!.ToJsonString());
        Assert.Contains("\"y\":[1,2.5]", GenericChart.toFigureJson(chart));
        Assert.Equal("Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif", (string?)actual["layout"]!["font"]!["family"]);
    }

    [Fact]
    public void Warming_plotly_net_up_from_several_threads_at_once_leaves_the_round_trip_as_it_was()
    {
        Parallel.For(0, 4, _ => PlotlyNetCharts.WarmUp());
        Assert.True(JsonNode.DeepEquals(Node(Ours.FigureJson.Serialize(DisplayedFigure.Of(Bars)!)), Node(Ours.FigureJson.Serialize(DisplayedFigure.Of(Bars.ToGenericChart())!))));
    }

    [Fact]
    public void A_figure_handed_to_plotly_net_and_back_shows_the_same()
    {
        var back = DisplayedFigure.Of(Bars.ToGenericChart())!;
        Assert.True(JsonNode.DeepEquals(Node(Ours.FigureJson.Serialize(DisplayedFigure.Of(Bars)!)), Node(Ours.FigureJson.Serialize(back))));
        Assert.Equal("Bars", back.TitleText);
    }

    [Fact]
    public void A_plotly_net_chart_shows_like_ours_its_data_kept_and_its_template_replaced_by_the_house_style()
    {
        var chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 3, 1 }, Keys: new[] { "x", "y" }, Name: "counts");
        var figure = DisplayedFigure.Of(chart)!;
        using var json = JsonDocument.Parse(Ours.FigureJson.Serialize(figure));
        var trace = json.RootElement.GetProperty("data")[0];
        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal([3, 1], trace.GetProperty("y").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(["x", "y"], trace.GetProperty("x").EnumerateArray().Select(v => v.GetString()));
        var layout = json.RootElement.GetProperty("layout");
        Assert.False(layout.TryGetProperty("template", out _));
        Assert.Equal(Ours.HouseStyle.FontFamily, layout.GetProperty("font").GetProperty("family").GetString());
        Assert.Equal(Ours.HouseStyle.Palette, layout.GetProperty("colorway").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(600, figure.Layout.Height);
    }

    [Fact]
    public void A_cell_returning_a_plotly_net_chart_renders_through_our_chart_formatter_and_stays_inert()
    {
        WorkbookFormatters.Register();
        var chart = Plotly.NET.CSharp.GenericChartExtensions.WithSize(Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 1 }, Keys: new[] { "</script><script>alert(1)</script>" }), 500, 300);
        var html = Formatter.ToDisplayString(chart, HtmlFormatter.MimeType);
        Assert.StartsWith("<div class=\"workbook-chart\"", html, StringComparison.Ordinal);
        Assert.Contains(Ours.FigureJson.Serialize(DisplayedFigure.Of(chart)!), html);
        Assert.DoesNotContain("<script>alert", html);
    }
}
