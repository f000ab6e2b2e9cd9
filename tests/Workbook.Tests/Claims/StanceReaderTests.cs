using Workbook.Claims;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Claims;

public class StanceReaderTests
{
    private static StanceReading Read(string text, bool isClaim = false) =>
        StanceReader.Read(Tokenizer.Norms(text, wordsOnly: false), Repository.SeedResources.Cues, isClaim, StanceSettings.Default);

    // These read the seeds' own cue file (seeds/cues.txt) laid over the library's general discourse cues.
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
        var words = Tokenizer.Norms("troops would only be deployed “if there's consent", wordsOnly: false);
        var only = new CuePattern("only ~ if");
        Assert.Equal(7, only.MatchAt(words, 2));
        Assert.Equal(-1, only.MatchAt(words, 0));
        Assert.Equal(3, new CuePattern("deploy*").MatchAt(["will", "deploy", "deployed"], 2));
        Assert.Throws<ArgumentException>(() => new CuePattern("~ if"));
    }

    [Fact]
    public void Lexicon_sections_parse_and_reject_cues_outside_a_section_or_in_an_unknown_one()
    {
        var lexicon = CueLexicon.Parse("# comment\r\n[topic]\r\nveto*\r[negation]\nnot\n");
        Assert.Equal(["veto*"], lexicon[CueSection.Topic].Select(c => c.Text));
        Assert.Equal(["not"], lexicon[CueSection.Negation].Select(c => c.Text));
        Assert.Null(lexicon.Frames);
        Assert.Empty(lexicon.FrameCues(1));
        Assert.Contains("line 1", Assert.Throws<FormatException>(() => CueLexicon.Parse("veto\n")).Message);
        Assert.Contains("unknown section [autonomy]", Assert.Throws<FormatException>(() => CueLexicon.Parse("[autonomy]\nx\n")).Message);
        Assert.Contains("exactly two", Assert.Throws<FormatException>(() => CueLexicon.Parse("[frames]\none\n")).Message);
    }

    [Fact]
    public void A_corpus_lexicon_names_its_frames_adds_cues_and_removes_the_librarys()
    {
        var general = CueLexicon.Parse("[negation]\nnot\nnever\n[rebuttal]\nsuggests\n");
        var corpus = CueLexicon.Parse("[frames]\nbound\nfree\n[bound]\nrequire*\n[free]\nunnecessary\n[negation]\n!never\nhardly\n");
        var merged = general.With(corpus);
        Assert.Equal(new StanceFrames("bound", "free"), merged.Frames);
        Assert.Equal(["not", "hardly"], merged[CueSection.Negation].Select(c => c.Text));
        Assert.Equal(["suggests"], merged[CueSection.Rebuttal].Select(c => c.Text));
        Assert.Equal(["require*"], merged.FrameCues(-1).Select(c => c.Text));
        Assert.Equal(["unnecessary"], merged.FrameCues(1).Select(c => c.Text));
        var reading = StanceReader.Read(Tokenizer.Norms("Consent is unnecessary.", wordsOnly: false), merged, isClaim: false, StanceSettings.Default);
        Assert.Equal(["free: “unnecessary”"], reading.Cues);
        Assert.Empty(StanceReader.Read(["veto"], general, isClaim: false, StanceSettings.Default).Cues);
    }
}
