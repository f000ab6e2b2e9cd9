using System.Text.Json;
using Workbook.Notebooks;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

public class IpynbWriterTests
{
    private static readonly Notebook Sample = new("01-x", "X",
    [
        new MarkdownCell("01-x-01", "# Title\n\nText <b>"),
        new CodeCell("01-x-00", "wb.Documents\n    .Top(2)",
        [
            new CellOutput([new("text/plain", "two\nlines"), new("application/vnd.workbook+json", "{\"a\":1}")], [new("workbook_figure", "\"abc\"")]),
        ]),
    ]);

    [Fact]
    public void Writes_sorted_keys_line_lists_and_polyglot_metadata()
    {
        var text = IpynbWriter.Write(Sample);
        Assert.EndsWith("}\n", text);
        Assert.Contains("\n \"cells\": [", text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(["cells", "metadata", "nbformat", "nbformat_minor"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((4, 5), (root.GetProperty("nbformat").GetInt32(), root.GetProperty("nbformat_minor").GetInt32()));
        Assert.Equal(".net-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", root.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        var markdown = root.GetProperty("cells")[0];
        Assert.Equal(["# Title\n", "\n", "Text <b>"], markdown.GetProperty("source").EnumerateArray().Select(l => l.GetString()));
        var code = root.GetProperty("cells")[1];
        Assert.Equal(["cell_type", "execution_count", "id", "metadata", "outputs", "source"], code.EnumerateObject().Select(p => p.Name));
        Assert.Equal("csharp", code.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        var output = code.GetProperty("outputs")[0];
        Assert.Equal("display_data", output.GetProperty("output_type").GetString());
        Assert.Equal(1, output.GetProperty("data").GetProperty("application/vnd.workbook+json").GetProperty("a").GetInt32());
        Assert.Equal("abc", output.GetProperty("metadata").GetProperty("workbook_figure").GetString());
    }

    [Fact]
    public void Output_validates_against_the_nbformat_4_5_schema()
    {
        Assert.Empty(NotebookSchema.Validate(IpynbWriter.Write(Sample)));
        var broken = IpynbWriter.Write(Sample).Replace("\"display_data\"", "\"nonsense\"");
        Assert.NotEmpty(NotebookSchema.Validate(broken));
        Assert.NotEmpty(NotebookSchema.Validate(IpynbWriter.Write(Sample with { Cells = [new MarkdownCell("bad id!", "x")] })));
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\nb\n", new[] { "a\n", "b\n" })]
    public void Splits_text_into_lines_that_keep_newlines(string text, string[] lines) => Assert.Equal(lines, IpynbWriter.SplitLines(text));
}
