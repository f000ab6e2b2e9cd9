using System.Text.Json;
using Workbook.Charts;
using Workbook.Corpora;

namespace Workbook.Tests.Charts;

public class FigureJsonTests
{
    [Fact]
    public void Writes_plotly_attribute_names_and_leaves_out_nulls()
    {
        var figure = new Figure(
            [new BarTrace { X = ["a", "b"], Y = [1, 2], Orientation = Orientation.Horizontal, HoverTemplate = "%{y}", Marker = new Marker { Colors = ["#111", "#222"] } }],
            new Layout { Title = new Title("T"), XAxis = new Axis { AutoMargin = true }, PlotBackground = "#fff", ShowLegend = false });
        using var json = JsonDocument.Parse(FigureJson.Serialize(figure));
        var trace = json.RootElement.GetProperty("data")[0];
        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal("h", trace.GetProperty("orientation").GetString());
        Assert.Equal("%{y}", trace.GetProperty("hovertemplate").GetString());
        Assert.Equal("#222", trace.GetProperty("marker").GetProperty("color")[1].GetString());
        Assert.False(trace.TryGetProperty("name", out _));
        var layout = json.RootElement.GetProperty("layout");
        Assert.Equal("T", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.True(layout.GetProperty("xaxis").GetProperty("automargin").GetBoolean());
        Assert.Equal("#fff", layout.GetProperty("plot_bgcolor").GetString());
        Assert.False(json.RootElement.GetProperty("config").GetProperty("displaylogo").GetBoolean());
    }

    [Fact]
    public void Extra_attributes_pass_through_by_their_plotly_names()
    {
        var figure = new Figure([new ScatterTrace { Mode = ScatterMode.Markers, Extra = new() { ["cliponaxis"] = false } }], new Layout { Extra = new() { ["hovermode"] = "closest" } });
        var json = FigureJson.Serialize(figure);
        Assert.Contains("\"cliponaxis\":false", json);
        Assert.Contains("\"hovermode\":\"closest\"", json);
    }

    [Fact]
    public void Json_is_safe_inside_a_script_element()
    {
        var figure = new Figure([new ScatterTrace { Text = ["</script><b>x</b>"] }], new Layout());
        var json = FigureJson.Serialize(figure);
        Assert.DoesNotContain("</script>", json);
        Assert.DoesNotContain("<b>", json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("</script><b>x</b>", parsed.RootElement.GetProperty("data")[0].GetProperty("text")[0].GetString());
    }

    [Fact]
    public void House_style_fills_only_what_the_figure_left_open()
    {
        var styled = HouseStyle.Apply(new Figure([], new Layout { Height = 300 }));
        Assert.Equal(300, styled.Layout.Height);
        Assert.Equal(HouseStyle.FontFamily, styled.Layout.Font!.Family);
        Assert.Equal(HouseStyle.Palette, styled.Layout.ColorWay);
    }

    [Fact]
    public void House_template_leaves_alone_what_the_figure_sets_by_its_plotly_name()
    {
        var styled = HouseStyle.Apply(new Figure([], new Layout { Extra = new() { ["font"] = new { size = 20 }, ["height"] = 250 } }));
        Assert.Null(styled.Layout.Font);
        Assert.Null(styled.Layout.Height);
        Assert.Equal(HouseStyle.Palette, styled.Layout.ColorWay);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(FigureJson.Serialize(styled), "\"font\""));
    }

    [Fact]
    public void Chart_functions_leave_the_house_template_to_the_display()
    {
        var figure = CategoryHeatmap.Of("t", ["a"], ["x"], (_, _) => 1, "%{z}", "%{z}", 300);
        Assert.Null(figure.Layout.Font);
        Assert.Null(figure.Layout.ColorWay);
        Assert.Equal(HouseStyle.Template.Font, HouseStyle.Apply(figure).Layout.Font);
    }

    [Fact]
    public void Closed_sets_write_plotly_names()
    {
        var figure = new Figure(
            [new ScatterTrace { Mode = ScatterMode.LinesMarkersText, TextPosition = TextPosition.BottomRight, Marker = new Marker { ColorScale = ColorScale.YlGnBu } },
             new HeatmapTrace { ColorScale = ColorScale.RdBu }],
            new Layout
            {
                BarMode = BarMode.Relative,
                XAxis = new Axis { Type = AxisType.MultiCategory, CategoryOrder = CategoryOrder.TotalDescending, AutoRange = AutoRange.MinReversed },
                YAxis = new Axis { Type = AxisType.Log },
            });
        using var json = JsonDocument.Parse(FigureJson.Serialize(figure));
        var (scatter, heatmap, layout) = (json.RootElement.GetProperty("data")[0], json.RootElement.GetProperty("data")[1], json.RootElement.GetProperty("layout"));
        Assert.Equal("lines+markers+text", scatter.GetProperty("mode").GetString());
        Assert.Equal("bottom right", scatter.GetProperty("textposition").GetString());
        Assert.Equal("YlGnBu", scatter.GetProperty("marker").GetProperty("colorscale").GetString());
        Assert.Equal("RdBu", heatmap.GetProperty("colorscale").GetString());
        Assert.Equal("relative", layout.GetProperty("barmode").GetString());
        Assert.Equal("multicategory", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("total descending", layout.GetProperty("xaxis").GetProperty("categoryorder").GetString());
        Assert.Equal("min reversed", layout.GetProperty("xaxis").GetProperty("autorange").GetString());
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Parse_reads_any_plotly_figure_keeping_its_attributes_and_dropping_its_template()
    {
        const string json = """{"data":[{"type":"violin","y":[1,2.5],"box":{"visible":true}}],"layout":{"title":{"text":"T"},"width":600,"height":500,"template":{"layout":{}},"xaxis":{"autorange":true}},"frames":[]}""";
        var figure = FigureJson.Parse(json);
        var trace = Assert.IsType<PlotlyTrace>(Assert.Single(figure.Data));
        Assert.Equal("violin", trace.Type);
        Assert.Equal("T", figure.TitleText);
        Assert.Equal((600, 500), (figure.Layout.Width, figure.Layout.Height));
        Assert.Equal("""{"data":[{"type":"violin","y":[1,2.5],"box":{"visible":true}}],"layout":{"title":{"text":"T"},"height":500,"width":600,"xaxis":{"autorange":true}},"config":{"responsive":true,"displaylogo":false}}""",
            FigureJson.Serialize(figure));
        Assert.Throws<JsonException>(() => FigureJson.Parse("""{"layout":{}}"""));
        Assert.Throws<JsonException>(() => FigureJson.Parse("""{"data":[{"x":[1]}]}"""));
    }

    [Fact]
    public void Document_length_chart_has_one_trace_per_kind_with_word_counts()
    {
        var rows = new List<DocumentRow>
        {
            new("a", "a.txt", "A", "op-ed", null, 1, 1, 100, TimeSpan.Zero, 50),
            new("b", "b.txt", "B", "news", null, 1, 1, 200, TimeSpan.Zero, 50),
            new("c", "c.txt", "C", "news", null, 1, 1, 300, TimeSpan.Zero, 50),
        };
        var figure = CorpusCharts.DocumentLength(rows);
        var traces = figure.Data.Cast<BarTrace>().ToList();
        Assert.Equal(["op-ed", "news"], traces.Select(t => t.Name));
        Assert.Equal([200, 300], traces[1].Y!.Cast<int>());
        Assert.Equal(HouseStyle.TargetColor, traces[0].Marker!.Color);
    }
}
