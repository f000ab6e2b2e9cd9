using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Tests.Text;

public class EnumNamesTests
{
    [Fact]
    public void One_name_per_value_both_ways()
    {
        Assert.Equal("not addressed", EnumNames.Name(ClaimRelation.NotAddressed));
        Assert.Equal("list item", EnumNames.Name(ParagraphRole.ListItem));
        Assert.Equal(["supports", "contradicts", "mixed", "discusses", "not addressed"], EnumNames.Names<ClaimRelation>());
        foreach (var value in Enum.GetValues<ClaimSource>()) Assert.Equal(value, EnumNames.Parse<ClaimSource>(EnumNames.Name(value)));
    }

    [Fact]
    public void An_unknown_name_is_an_error_that_lists_the_names()
    {
        var e = Assert.Throws<FormatException>(() => EnumNames.Parse<ClaimRelation>("refutes"));
        Assert.Equal("unknown claim relation \"refutes\" (supports, contradicts, mixed, discusses, not addressed)", e.Message);
        Assert.False(EnumNames.TryParse<ClaimRelation>("NotAddressed", out _));
    }

    [Fact]
    public void List_files_skip_comments_and_blank_lines_and_accept_every_line_end()
    {
        Assert.Equal([(2, "a"), (4, "b c"), (5, "d")], ListFile.Entries("# c\na\r\n\r\n  b c \rd"));
    }
}
