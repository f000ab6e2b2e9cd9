using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Corpora;
using Workbook.Display;
using Workbook.Tables;

namespace Workbook.Tests.Display;

[Collection(FormatterCollection.Name)]
public class TableDataFrameTests
{
    private sealed record Row(string Name, int Count, double Score, bool InQuote, ParagraphRole Role, long Total);

    private static readonly Table<Row> Rows = new("row",
    [
        new Row("a", 3, 0.5, true, ParagraphRole.ListItem, 10_000_000_000),
        new Row("b", 1, double.NaN, false, ParagraphRole.Body, 2),
        new Row("a", 2, 1.5, false, ParagraphRole.Heading, 3),
    ]);

    [Fact]
    public void A_table_becomes_a_dataframe_with_typed_columns_in_order()
    {
        var frame = Rows.ToDataFrame();
        Assert.Equal(["name", "count", "score", "in quote", "role", "total"], frame.Columns.Select(c => c.Name));
        Assert.Equal([typeof(string), typeof(int), typeof(double), typeof(bool), typeof(string), typeof(long)], frame.Columns.Select(c => c.DataType));
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal(6, Convert.ToInt32(frame["count"].Sum()));
        Assert.Null(frame["score"][1]);
        Assert.Equal(["list item", "body", "heading"], frame["role"].Cast<string>());
        Assert.Equal(10_000_000_000L, frame["total"][0]);
        var counts = frame["name"].ValueCounts();
        Assert.Equal(2L, counts.Rows.Single(r => (string)r[0] == "a")[1]);
    }

    [Fact]
    public void A_dataframe_renders_in_the_house_table_style_and_the_same_bytes_every_time()
    {
        WorkbookFormatters.Register();
        var frame = Rows.ToDataFrame();
        var html = Formatter.ToDisplayString(frame, HtmlFormatter.MimeType);
        Assert.StartsWith("<table class=\"workbook-table\">", html);
        Assert.Contains("<th style=\"text-align:right\">count</th>", html);
        Assert.Contains(">list item<", html);
        Assert.Equal(3, html.Split("<tr>").Length - 2);
        Assert.Equal(html, Formatter.ToDisplayString(Rows.ToDataFrame(), HtmlFormatter.MimeType));
    }
}
