using Workbook.Corpora;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Rhetoric;

public class RhetoricTests
{
    private static CorpusWorkbook Open(params (string Id, string Kind, string Text)[] documents) =>
        CorpusWorkbook.From(Corpus.FromTexts(documents.Select(d => (new ManifestEntry(d.Id, d.Id + ".txt", null, d.Kind, null), d.Text))));

    [Fact]
    public void Quotations_pair_curly_and_straight_marks_across_sentences_and_tell_terms_from_speech()
    {
        var wb = Open(("r", "news", "The “coalition of the willing” met. “We will go. We must,” a minister said. He called it \"rather abstract\" then. It's the \"Reassurance Force\".\n‘Big lies’ were told, officials’ notes say."));
        var quotes = wb.Rhetoric.Quotations().Select(q => (q.Kind, q.Text)).ToList();
        Assert.Equal(
        [
            (QuotationKind.Term, "coalition of the willing"),
            (QuotationKind.Speech, "We will go. We must,"),
            (QuotationKind.Speech, "rather abstract"),
            (QuotationKind.Term, "Reassurance Force"),
            (QuotationKind.Speech, "Big lies"),
        ], quotes);
        var text = wb.Corpus["r"].Text;
        Assert.All(wb.Rhetoric.Quotations(), q => Assert.Equal(q.Text, text[q.Start..q.End]));
    }

    [Fact]
    public void Rates_count_the_authors_voice_per_thousand_words_and_leave_reported_speech_out()
    {
        // 17 words in all; the 6 words of the quotation are speech, so the author's voice has 11.
        var wb = Open(("r", "news", "Officials said that “we would only send our troops” if needed. Perhaps the plan will clearly fail."));
        var rates = wb.Rhetoric.Rates().ToDictionary(r => r.Category);
        Assert.Equal(11, rates[StanceMarkerCategory.SelfMention].AuthorWords);
        Assert.Equal((0, 0.0), (rates[StanceMarkerCategory.SelfMention].Count, rates[StanceMarkerCategory.SelfMention].PerThousand));
        Assert.Equal((1, 1000.0 / 11), (rates[StanceMarkerCategory.Hedge].Count, rates[StanceMarkerCategory.Hedge].PerThousand));
        Assert.Equal(1, rates[StanceMarkerCategory.Booster].Count);
        Assert.Equal(1, rates[StanceMarkerCategory.Modal].Count);
        var we = wb.Rhetoric.Markers().Single(m => m.Term == "we");
        Assert.Equal((true, true, StanceMarkerCategory.SelfMention), (we.InQuote, we.InSpeech, we.Category));
        Assert.Equal("we", wb.Corpus["r"].Slice(we.Start, we.End));
    }

    [Fact]
    public void The_country_US_is_not_us_and_multi_word_markers_match()
    {
        var wb = Open(("o", "op-ed", "The US will act. Let us be clear: in fact, of course, we know it."));
        var self = wb.Rhetoric.Markers().Where(m => m.Category == StanceMarkerCategory.SelfMention).Select(m => m.Term).ToList();
        Assert.Equal(["us", "we"], self);
        var boosters = wb.Rhetoric.Markers().Where(m => m.Category == StanceMarkerCategory.Booster).Select(m => m.Term).ToList();
        Assert.Equal(["in fact", "of course", "know"], boosters);
        Assert.Contains(wb.Rhetoric.Markers(), m => m.Category == StanceMarkerCategory.Engagement && m.Term == "Let us");
    }

    [Fact]
    public void Questions_and_sentence_initial_imperatives_are_engagement()
    {
        var wb = Open(("o", "op-ed", "Stop asking when. Will they go? They stop nothing. Consider the cost!"));
        var engagement = wb.Rhetoric.Markers().Where(m => m.Category == StanceMarkerCategory.Engagement).Select(m => m.Term).ToList();
        Assert.Equal(["Stop", "question", "Consider"], engagement);
    }

    [Fact]
    public void In_the_seeds_the_op_ed_speaks_in_the_first_person_and_001_does_not()
    {
        var wb = CorpusWorkbook.Open(Repository.Seeds);
        var self = wb.Rhetoric.Rates().Where(r => r.Category == StanceMarkerCategory.SelfMention).ToDictionary(r => r.DocumentId, r => r.Count);
        Assert.True(self["000"] >= 10, $"op-ed self-mentions: {self["000"]}");
        Assert.Equal(0, self["001"]);
        var ours = wb.Rhetoric.Markers().Where(m => m.DocumentId == "001" && m.Category == StanceMarkerCategory.SelfMention).ToList();
        Assert.All(ours, m => Assert.True(m.InSpeech, $"001 “{m.Term}” at {m.Start} is outside reported speech"));
        Assert.Contains(ours, m => m.Term == "our");
    }

    [Fact]
    public void The_genre_signal_places_a_first_person_text_that_asks_and_orders_as_opinion_and_attributed_text_as_reporting()
    {
        var wb = Open(
            ("o", "op-ed", "We know the truth. Why wait? Stop asking. You see it clearly."),
            ("r", "news", "Officials said talks would resume. A source said the plan was likely. The ministry said it would respond."));
        var genre = wb.Rhetoric.Genre().ToDictionary(g => g.DocumentId);
        Assert.True(genre["o"].OpinionIndex > 0 && genre["r"].OpinionIndex < 0);
        Assert.Equal(genre["o"].OpinionIndex, -genre["r"].OpinionIndex, 12);
        Assert.Equal((1.0, 0.0), (genre["r"].Attribution, genre["o"].Attribution));
        // 12 author words in the op-ed: "We" is one self-mention, "Why wait?" one question, "Stop" one imperative, "You" one address.
        Assert.Equal((1000.0 / 12, 1000.0 / 12, 1000.0 / 12, 1000.0 / 12), (genre["o"].FirstPerson, genre["o"].Questions, genre["o"].Imperatives, genre["o"].ReaderAddress));
    }
}
