using Workbook.Claims;
using Workbook.Claims.Display;
using Workbook.Corpora;
using Workbook.Tests.Support;

namespace Workbook.Tests.Claims;

public class ClaimCardTests
{
    [Fact]
    public void A_card_shows_the_op_eds_words_and_each_reports_deciding_sentence_with_its_cue_words_and_speaker()
    {
        var wb = CorpusWorkbook.Open(Repository.Seeds);
        var cards = wb.Claims.Cards();
        Assert.Equal(wb.Claims.Compare().Claims.Select(c => c.Id), cards.Select(c => c.Claim.Id));
        var c2 = cards.Single(c => c.Claim.Id == "C2");
        Assert.Equal(wb.Corpus["000"].Slice(c2.OpEdWords[0].Span.Start, c2.OpEdWords[0].Span.End), c2.OpEdWords[0].Text);
        var report = c2.Reports.Single(r => r.Relation.DocumentId == "002");
        var sentence = report.Deciding!;
        Assert.Equal((VoiceKind.Reported, "Emmanuel Macron"), (sentence.Voice, sentence.Speaker));
        Assert.Equal(["permission", "not necessary"], report.CueWords.Select(s => sentence.Text[s.Start..s.End]));
        Assert.All(c2.Reports.Where(r => r.Relation.Relation == ClaimRelation.NotAddressed), r => Assert.Null(r.Deciding));

        var markdown = ClaimCardsMarkdown.Render(cards).Markdown;
        Assert.Contains("- **002: mixed** (own voice: not addressed; reported: mixed) — “French President Emmanuel Macron and others had suggested Russia’s **permission** was **not necessary** for such a force.” [1564, 1677), the words of Emmanuel Macron, reported.", markdown);
    }
}
