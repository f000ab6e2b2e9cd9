namespace Workbook.Tests.Claims;

public class StanceReaderTests
{
    private static StanceReading Read(string text, bool isClaim = false) =>
        StanceReader.Read(ClaimComparison.TokenNorms(text), StanceLexicon.Default, isClaim);

    [Theory]
    [InlineData("European nations would only send our troops if there's Russian consent.", -1)]
    [InlineData("Russia should not be granted a veto over European security decisions.", 1)]
    [InlineData("Macron suggested Russia's permission was not necessary for such a force.", 1)]
    [InlineData("Governments are unlikely to deploy troops without Russia's approval.", -1)]
    [InlineData("Leaders are weighing whether to deploy troops without Moscow's formal approval.", 1)]
    [InlineData("The weather was fine.", 0)]
    public void Reads_the_frame_of_report_sentences(string sentence, int frame) => Assert.Equal(frame, Read(sentence).Frame);

    [Fact]
    public void Negation_does_not_reach_across_a_clause_break()
    {
        var reading = Read("Moscow holds no veto over intervention: permission is needed.");
        Assert.Equal(["autonomy: negated “veto”", "constraint: “permission”"], reading.Cues);
    }

    [Fact]
    public void In_a_claim_every_cue_flips_under_negation_but_not_in_a_report()
    {
        Assert.Equal(1, Read("Troops in Lviv would be containment, not escalation.", isClaim: true).Frame);
        Assert.Equal(["constraint: “escalation”"], Read("Troops in Lviv would be containment, not escalation.").Cues);
    }

    [Fact]
    public void Cue_patterns_match_words_globs_and_gaps()
    {
        var words = ClaimComparison.TokenNorms("troops would only be deployed “if there's consent");
        var only = new CuePattern("only ~ if");
        Assert.Equal(7, only.MatchAt(words, 2));
        Assert.Equal(-1, only.MatchAt(words, 0));
        Assert.Equal(3, new CuePattern("deploy*").MatchAt(["will", "deploy", "deployed"], 2));
        Assert.Throws<ArgumentException>(() => new CuePattern("~ if"));
    }

    [Fact]
    public void Lexicon_sections_parse_and_reject_cues_outside_a_section()
    {
        var lexicon = StanceLexicon.Parse("# comment\n[topic]\nveto*\n[negation]\nnot\n");
        Assert.Equal(["veto*"], lexicon["topic"].Select(c => c.Text));
        Assert.Empty(lexicon["autonomy"]);
        Assert.Throws<ArgumentException>(() => StanceLexicon.Parse("veto\n"));
    }
}
