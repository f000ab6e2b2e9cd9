using Workbook.Text;

namespace Workbook.Tests.Text;

public class CueIndexTests
{
    private static readonly string[] Words = ["officials", "suggested", "that", "we", "must", "wait", "."];

    private static CueIndex Index(params string[] cues) => new(cues.Select(c => new CuePattern(c)).ToList());

    [Fact]
    public void The_first_cue_in_the_lists_order_that_matches_wins_with_the_end_of_its_match()
    {
        var index = Index("we ~ wait", "we must", "sugg*", "*ed that");
        var at3 = index.FirstMatchAt(Words, 3);
        Assert.Equal(("we ~ wait", 6), (at3?.Cue.Text, at3?.End));
        var at1 = index.FirstMatchAt(Words, 1);
        Assert.Equal(("sugg*", 2), (at1?.Cue.Text, at1?.End));
        Assert.Null(index.FirstMatchAt(Words, 0));
    }

    [Fact]
    public void An_index_tells_the_words_and_letters_its_cues_start_with()
    {
        var index = Index("we ~ wait", "we must", "sugg*", "*ed that", "of course");
        Assert.Equal(["of", "we"], index.FirstWords.Order(StringComparer.Ordinal));
        Assert.Equal(["su"], index.Prefixes);
        Assert.True(index.StartsAnywhere);
        Assert.False(Index("we", "sugg*").StartsAnywhere);
    }

    [Fact]
    public void A_cue_that_may_start_anywhere_is_tried_at_every_word_and_order_still_decides()
    {
        var index = Index("*ed that", "suggested");
        var at1 = index.FirstMatchAt(Words, 1);
        Assert.Equal(("*ed that", 3), (at1?.Cue.Text, at1?.End));
        Assert.Null(index.FirstMatchAt(Words, 2));
    }
}
