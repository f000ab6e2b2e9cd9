using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Files;
using Workbook.Frames;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Corpora;

public class CorpusResourcesTests
{
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("a.txt", "Officials need consent. They will wait.");
        folder.Write("b.txt", "Critics say no veto exists.");
        return folder;
    }

    [Fact]
    public void Without_analyst_files_a_corpus_gets_the_general_lexicons_only()
    {
        using var folder = Corpus();
        var resources = CorpusResources.Load(folder.Path, Manifest.Read(folder.Path));
        Assert.Null(resources.Cues.Frames);
        Assert.Empty(resources.Cues[CueSection.Topic]);
        Assert.Contains(resources.Cues[CueSection.Negation], c => c.Text == "not");
        Assert.Empty(resources.Lexicon(ClaimsFamily.Synonyms).Groups);
        Assert.Same(CorpusResources.General.StopWords, resources.StopWords);
        Assert.Null(resources.AnalystFile(ClaimsFamily.ClaimsFileName));
        Assert.Null(resources.Gold);
    }

    [Fact]
    public void Analyst_files_are_read_once_and_laid_over_the_general_ones()
    {
        using var folder = Corpus();
        folder.Write("cues.txt", "[frames]\nneeds\nfree\n[topic]\nconsent\n[negation]\n!not\nscarcely\n");
        folder.Write("synonyms.txt", "consent, approval\n");
        folder.Write("stopwords.txt", "they\n");
        folder.Write("gold.json", "{\"judgements\": []}");
        folder.Write("corpus.json", "{\"gold\": \"gold.json\", \"documents\": [{\"id\": \"a\", \"file\": \"a.txt\"}, {\"id\": \"b\", \"file\": \"b.txt\"}]}");
        var manifest = Manifest.Read(folder.Path);
        Assert.Equal("gold.json", manifest.GoldFile);
        var resources = CorpusResources.Load(folder.Path, manifest);
        Assert.Equal(new StanceFrames("needs", "free"), resources.Cues.Frames);
        Assert.DoesNotContain(resources.Cues[CueSection.Negation], c => c.Text == "not");
        Assert.Contains(resources.Cues[CueSection.Negation], c => c.Text == "scarcely");
        Assert.Equal(["consent", "approval"], resources.Lexicon(ClaimsFamily.Synonyms).Groups.Single());
        Assert.Equal(["they"], resources.StopWords);
        Assert.Equal(Path.Combine(folder.Path, "gold.json"), resources.Gold!.Path);
    }

    [Theory]
    [InlineData("cues.txt", "[claims]\nx\n", "cues.txt: line 1: unknown section [claims]")]
    [InlineData("cues.txt", "veto\n", "cues.txt: line 1: \"veto\" stands before any [section]")]
    [InlineData("frames.txt", "cost\n", "frames.txt: line 1")]
    [InlineData("actors.txt", "wizard: Merlin\n", "actors.txt: line 1")]
    [InlineData("markers.txt", "perhaps\n", "markers.txt: line 1")]
    [InlineData("corpus.json", "{\"gold\": \"missing.json\", \"documents\": [{\"id\": \"a\", \"file\": \"a.txt\"}]}", "file \"missing.json\" (the gold file) does not exist")]
    [InlineData("corpus.json", "{\"gold\": \"../x.json\", \"documents\": [{\"id\": \"a\", \"file\": \"a.txt\"}]}", "must be a name inside the corpus folder")]
    public void A_bad_analyst_file_is_an_error_naming_it(string name, string content, string problem)
    {
        using var folder = Corpus();
        folder.Write(name, content);
        var e = Assert.Throws<CorpusException>(() => CorpusWorkbook.Open(folder.Path));
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_lexicon_is_read_once_per_corpus_and_With_replaces_that_one_only()
    {
        using var folder = Corpus();
        folder.Write("frames.txt", "[escalation]\nescalat*\n");
        var resources = CorpusResources.Load(folder.Path, Manifest.Read(folder.Path));
        var frames = resources.Lexicon(FramesFamily.FrameCues);
        Assert.Same(frames, resources.Lexicon(FramesFamily.FrameCues));
        Assert.Equal(FramesFamily.FrameCues.Library.Frames.Count + 1, frames.Frames.Count);
        Assert.Equal("escalation", frames.Frames[^1].Frame);
        Assert.Same(FramesFamily.FrameCues.Library, CorpusResources.General.Lexicon(FramesFamily.FrameCues));

        var own = FrameLexicon.Parse("[money]\ncost*\n");
        var tried = resources.With(FramesFamily.FrameCues, own);
        Assert.Same(own, tried.Lexicon(FramesFamily.FrameCues));
        Assert.Same(resources.StopWords, tried.StopWords);
        Assert.Same(frames, resources.Lexicon(FramesFamily.FrameCues));
    }

    [Fact]
    public void A_cue_file_that_is_not_utf8_names_the_file()
    {
        using var folder = Corpus();
        File.WriteAllBytes(Path.Combine(folder.Path, "cues.txt"), [0x5B, 0xFF, 0x5D]);
        var e = Assert.Throws<CorpusException>(() => CorpusWorkbook.Open(folder.Path));
        Assert.EndsWith("cues.txt", e.Path);
        Assert.Contains("not valid UTF-8 (byte 1", e.Problem);
    }
}
