using Workbook.Notebooks;

namespace Workbook.Tests.Notebooks;

public class CellSourceTests
{
    [Fact]
    public void Strips_the_lambda_arrow() => Assert.Equal("wb.Documents", CellSource.FromLambda("() => wb.Documents"));

    [Fact]
    public void Dedents_continuation_lines_to_one_indent()
    {
        Assert.Equal("wb.Sentences\n    .Where(s => s.Index > 2)\n    .Top(3)",
            CellSource.FromLambda("() => wb.Sentences\n            .Where(s => s.Index > 2)\n            .Top(3)"));
    }

    [Fact]
    public void Builder_records_source_and_value_and_names_the_failing_cell()
    {
        var builder = new NotebookBuilder("99-test");
        var answer = 42;
        builder.Code(() => answer + 1);
        Assert.Equal(("answer + 1", (object?)43), (builder.Cells[0].Source, builder.Cells[0].Value));
        var e = Assert.Throws<InvalidOperationException>(() => builder.Code(() => Fail()));
        Assert.Contains("chapter 99-test, cell 2 (`Fail()`)", e.Message);
    }

    private static object Fail() => throw new ArgumentException("boom");
}
