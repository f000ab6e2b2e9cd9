using Workbook.Corpora;

namespace Workbook.Tests.Corpora;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Splits_after_closing_quote()
    {
        Assert.Equal(["They would “only send our troops if there’s Russian consent.”", "The reasoning is rooted elsewhere."],
            Split("They would “only send our troops if there’s Russian consent.” The reasoning is rooted elsewhere."));
    }

    [Fact]
    public void Does_not_split_inside_quotes_followed_by_lowercase()
    {
        Assert.Single(Split("The media loves the \"When will they send troops?\" headline because it sells."));
    }

    [Fact]
    public void Abbreviations_initialisms_and_decimals_do_not_end_sentences()
    {
        Assert.Equal(["Under the U.S. administration of Mr. Trump, growth was 3.5 percent.", "Then it fell."],
            Split("Under the U.S. administration of Mr. Trump, growth was 3.5 percent. Then it fell."));
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["Who is right?", "Nobody!", "Fine."], Split("Who is right? Nobody! Fine."));
    }

    [Fact]
    public void Trims_surrounding_space_and_keeps_offsets()
    {
        const string text = "  One. Two.  ";
        var spans = SentenceSplitter.Split(text, 0, text.Length);
        Assert.Equal([(2, 6), (7, 11)], spans);
    }
}
