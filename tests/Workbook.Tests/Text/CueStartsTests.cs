using Workbook.Text;

namespace Workbook.Tests.Text;

public class CueStartsTests
{
    private static CueIndex Cues(params string[] texts) => new(texts.Select(t => new CuePattern(t)).ToList());

    [Fact]
    public void A_word_names_the_lists_whose_cues_may_start_there()
    {
        var starts = new CueStarts([Cues("we", "i think"), Cues("sugg*", "of course"), Cues("we ~ must")]);
        Assert.Equal(new CueListSet(0b101, false), starts.ListsStartingWith("we"));
        Assert.Equal(new CueListSet(0b001, false), starts.ListsStartingWith("i"));
        Assert.Equal(new CueListSet(0b010, false), starts.ListsStartingWith("suggests"));
        // A glob is looked up by its first two letters only; the cue itself decides whether it matches.
        Assert.Equal(new CueListSet(0b010, false), starts.ListsStartingWith("sun"));
        Assert.True(starts.ListsStartingWith("troops").IsEmpty);
        Assert.True(starts.ListsStartingWith("s").IsEmpty);
    }

    [Fact]
    public void A_vocabulary_gets_each_norms_lists_by_its_id()
    {
        var starts = new CueStarts([Cues("we", "i think"), Cues("sugg*", "of course"), Cues("we ~ must")]);
        var vocabulary = new NormVocabulary();
        foreach (var norm in new[] { "troops", "we", "suggests", "i" }) vocabulary.Intern(norm);
        Assert.Equal([new CueListSet(0, false), new CueListSet(0b101, false), new CueListSet(0b010, false), new CueListSet(0b001, false)], starts.ByNormId(vocabulary));
    }

    [Fact]
    public void A_cue_with_a_wildcard_in_its_first_two_letters_may_start_anywhere()
    {
        var starts = new CueStarts([Cues("consent"), Cues("*ly")]);
        Assert.Equal(new CueListSet(0b10, false), starts.ListsStartingWith("troops"));
        Assert.True(starts.ListsStartingWith("consent").Contains(0));
    }

    [Fact]
    public void Lists_past_the_32nd_are_always_candidates()
    {
        var lists = Enumerable.Range(0, 34).Select(i => Cues($"w{i}")).ToList();
        var starts = new CueStarts(lists);
        var at = starts.ListsStartingWith("w3");
        Assert.True(at.Contains(3));
        Assert.False(at.Contains(4));
        Assert.True(at.Contains(33));
        Assert.False(at.IsEmpty);
        Assert.False(starts.ListsStartingWith("nothing").IsEmpty);
    }
}
