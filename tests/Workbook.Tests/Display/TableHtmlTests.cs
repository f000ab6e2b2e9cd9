using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Corpora;
using Workbook.Display;
using Workbook.Tables;

namespace Workbook.Tests.Display;

[Collection(FormatterCollection.Name)]
public class TableHtmlTests
{
    private sealed record Row(string Name, int Count, double Score, TimeSpan Time, ParagraphRole Role);

    private static Table<Row> Rows(int n) => new("sentence", Enumerable.Range(0, n).Select(i => new Row($"r{i}", i * 1000, i / 3.0, TimeSpan.FromSeconds(75), ParagraphRole.ListItem)).ToList());

    [Fact]
    public void Caption_counts_rows_in_words()
    {
        Assert.Equal("1 sentence", TableHtml.Caption(Rows(1)));
        Assert.Equal("5 sentences", TableHtml.Caption(Rows(5)));
        Assert.Equal("showing 20 of 1,043 sentences", TableHtml.Caption(Rows(1043).Top(20)));
        Assert.Equal("showing 100 of 1,043 sentences", TableHtml.Caption(Rows(1043)));
    }

    [Fact]
    public void Registered_formatter_renders_a_flat_table_with_right_aligned_numbers_and_humanized_values()
    {
        WorkbookFormatters.Register();
        var html = Formatter.ToDisplayString(Rows(3), HtmlFormatter.MimeType);
        Assert.StartsWith("<table class=\"workbook-table\">", html);
        Assert.Contains("<th style=\"text-align:left\">name</th>", html);
        Assert.Contains("<td style=\"text-align:right;white-space:nowrap\">2,000</td>", html);
        Assert.Contains(">0.667<", html);
        Assert.Contains(">1 minute, 15 seconds<", html);
        Assert.Contains(">list item<", html);
        Assert.Equal(3, html.Split("<tr>").Length - 2);
    }

    [Fact]
    public void Cells_are_escaped_and_long_text_is_cut_with_the_full_text_on_hover()
    {
        var text = "<script>alert(1)</script> " + string.Join(' ', Enumerable.Repeat("word", 60));
        var html = TableHtml.Render(new Table<SentenceRow>("sentence", [new SentenceRow("d&1", 0, 0, 0, text.Length, text)]));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("d&amp;1", html);
        Assert.Contains($"title=\"&lt;script>alert(1)&lt;/script> {string.Join(' ', Enumerable.Repeat("word", 60))}\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("…</td>", html);
    }

    [Fact]
    public void Where_and_Top_keep_a_table()
    {
        var table = Rows(10).Where(r => r.Count >= 5000);
        Assert.Equal(5, table.Count);
        Assert.Equal("showing 2 of 5 sentences", TableHtml.Caption(table.Top(2)));
    }
}

[CollectionDefinition(Name)]
public sealed class FormatterCollection
{
    public const string Name = "Formatter (static state)";
}
