using Workbook.Corpora;
using Workbook.Frames;

namespace Workbook.Tests.Frames;

public class FramesTests
{
    [Fact]
    public void Shares_count_sentences_with_a_cue_and_frame_names_come_from_the_files()
    {
        var frames = FrameLexicon.Parse("[money]\ncost*\nbudget\n[war talk]\ntroop*\nred line*\n");
        var resources = CorpusResources.General.With(FramesFamily.FrameCues, frames);
        var corpus = Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null),
            "The cost rose. Troops crossed a red line, officials said “costs too”. Nothing else happened. The budget held.")]);
        var wb = CorpusWorkbook.From(corpus, resources);
        var shares = wb.Frames.Shares().ToDictionary(s => s.Frame);
        Assert.Equal(["money", "war talk"], shares.Keys);
        Assert.Equal((3, 0.75), (shares["money"].Sentences, shares["money"].Share));
        Assert.Equal((1, 0.25), (shares["war talk"].Sentences, shares["war talk"].Share));
        var quoted = wb.Frames.Hits().Single(h => h.Term == "costs");
        Assert.True(quoted.InQuote);
        Assert.Equal("red line", wb.Frames.Hits().Single(h => h.Frame == "war talk" && h.Term.StartsWith("red", StringComparison.Ordinal)).Term);
        Assert.Equal(["money"], wb.Frames.Leading(wb.Group("d"), 1));
        Assert.Equal(["budget", "cost", "costs"], wb.Frames.Hits(["money"]).Select(h => h.Term).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_corpus_frame_file_adds_topic_frames_after_the_general_dimensions()
    {
        var general = FramesFamily.FrameCues.Library;
        Assert.Contains(general.Frames, f => f.Frame == "security and defence");
        var merged = general.With(FrameLexicon.Parse("[escalation]\nescalat*\n[economic]\ntariff*\n"));
        Assert.Equal("escalation", merged.Frames[^1].Frame);
        Assert.Contains(merged.Frames.Single(f => f.Frame == "economic").Cues, c => c.Text == "tariff*");
        Assert.Contains("line 1", Assert.Throws<FormatException>(() => FrameLexicon.Parse("cost\n")).Message);
    }
}
