using Workbook.Corpora;

namespace Workbook.Tests.Corpora;

public class ArticleCleanerTests
{
    private static (List<(ParagraphRole Role, string Text)> Blocks, List<(int Line, string Reason)> Removed) Clean(string raw)
    {
        var cleaned = ArticleCleaner.Clean(raw);
        return (cleaned.Blocks.Select(b => (b.Role, raw[b.Start..b.End])).ToList(), cleaned.Removals.Select(r => (r.Line, r.Reason)).ToList());
    }

    [Fact]
    public void Removes_page_chrome_with_reasons_and_keeps_the_article()
    {
        const string raw = """
            menu_open Opinion
            We use cookies to improve your visit
            Accept  .  Close
            A headline about troops

            12 3
            2 hours ago
            The article's first sentence. And its second.
            Share this on Facebook
            Leave a Reply
            © Some Outlet
            """;
        var (blocks, removed) = Clean(raw);
        Assert.Equal([(1, "site chrome: menu"), (2, "cookie notice"), (3, "site chrome: banner controls"), (6, "counter"),
            (7, "date stamp"), (9, "follow or share prompt"), (10, "comment form"), (11, "copyright footer")], removed);
        Assert.Equal([(ParagraphRole.Heading, "A headline about troops"), (ParagraphRole.Body, "The article's first sentence. And its second.")], blocks);
    }

    [Fact]
    public void Link_list_after_its_heading_is_removed_until_body_text_returns()
    {
        const string raw = "Body text ends here.\nRelated Stories\nOther story one\nOther story two: more\nA long closing paragraph that reads like article text again, with many words in it and a full stop at the end.";
        var (blocks, removed) = Clean(raw);
        Assert.Equal([(2, "link list heading"), (3, "link list item"), (4, "link list item")], removed);
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void Recognises_headings_and_list_items_including_an_inline_star_list()
    {
        const string raw = "So Who is Right?\nPeople also ask: \"Will troops ever fight?\"\n- First point. More.\nIt is about logistics. * Maintenance Hubs: technicians.\n2. Numbered item.";
        var (blocks, _) = Clean(raw);
        Assert.Equal(
        [
            (ParagraphRole.Heading, "So Who is Right?"),
            (ParagraphRole.Body, "People also ask: \"Will troops ever fight?\""),
            (ParagraphRole.ListItem, "First point. More."),
            (ParagraphRole.Body, "It is about logistics."),
            (ParagraphRole.ListItem, "Maintenance Hubs: technicians."),
            (ParagraphRole.ListItem, "Numbered item."),
        ], blocks);
    }

    [Fact]
    public void Sentences_ending_like_sentences_are_never_headings()
    {
        Assert.False(HeadingRules.IsHeading("There is no equilibrium."));
        Assert.False(HeadingRules.IsHeading("But here is the trade-off:"));
        Assert.True(HeadingRules.IsHeading("The Consent Fallacy"));
        Assert.True(HeadingRules.IsHeading("Stop Asking \"When?\" and Start Asking \"Where?\""));
    }

    [Fact]
    public void Handles_crlf_line_ends()
    {
        var (blocks, removed) = Clean("Title Line\r\n\r\nyesterday\r\nBody sentence here.\r\n");
        Assert.Equal([(ParagraphRole.Heading, "Title Line"), (ParagraphRole.Body, "Body sentence here.")], blocks);
        Assert.Equal([(3, "date stamp")], removed);
    }

    [Theory]
    [InlineData("Should students compete or cooperate?\n\nBody text follows here.", true)]
    [InlineData("Television is bad for children.\n\nBody text follows here.", true)]
    [InlineData("Stop the cars now!\r\n  \r\nBody text follows here.", true)]
    [InlineData("Should students compete or cooperate?\nBody text follows here.", false)]
    [InlineData("Troops were deployed. \"Why?\" he asked.\n\nBody text follows here.", false)]
    [InlineData("A man was arrested on Monday after police found a stolen car parked outside the station in town.\n\nBody text.", false)]
    [InlineData("Should students compete or cooperate?\n\n", false)]
    public void A_short_first_line_of_one_sentence_with_a_blank_line_after_it_is_the_title(string raw, bool title)
    {
        var (blocks, _) = Clean(raw);
        Assert.Equal(title, blocks[0].Role == ParagraphRole.Heading);
    }
}
