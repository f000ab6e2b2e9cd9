using Workbook.Display;

namespace Workbook.Tests.Display;

public class CellTextTests
{
    [Theory]
    [InlineData(1234567, "1,234,567")]
    [InlineData(0.5, "0.5")]
    [InlineData(12.34567, "12.346")]
    [InlineData(0.00001234, "1.23e-5")]
    [InlineData(2500.26, "2,500.3")]
    [InlineData(double.NaN, "–")]
    public void Formats_numbers(object value, string expected) => Assert.Equal(expected, CellText.Format(value));

    [Fact]
    public void Formats_lists_and_nulls()
    {
        Assert.Equal("a, b", CellText.Format(new[] { "a", "b" }));
        Assert.Equal("", CellText.Format(null));
    }
}
