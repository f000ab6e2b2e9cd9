using Workbook.Corpora;
using Workbook.Tests.Support;

namespace Workbook.Tests.Sources;

public class SourcesTests
{
    private static CorpusWorkbook Open(string text) =>
        CorpusWorkbook.From(Corpus.FromTexts([(new ManifestEntry("r", "r.txt", null, "news", null), text)]));

    [Theory]
    [InlineData("A senior official said the plan was “dead on arrival for now.”", "A senior official", false, "", "said")]
    [InlineData("“We will not send troops under any conditions,” said Defence Minister Anna Berg.", "Defence Minister Anna Berg", true, "", "said")]
    [InlineData("The plan was described by one aide as “a long shot at best today.”", "one aide", false, "", "described")]
    [InlineData("According to Reuters, Mayor Tom Lee warned that “the bridge will close soon enough.”", "Mayor Tom Lee", true, "Reuters", "warned")]
    [InlineData("A diplomat cited by the paper confirmed that talks would “resume only after the vote.”", "A diplomat", false, "the paper", "confirmed")]
    public void Speech_is_attributed_to_its_source_before_or_after_it(string text, string source, bool named, string outlet, string cue)
    {
        var quote = Assert.Single(Open(text).Sources.Quotes());
        Assert.Equal((source, named, outlet, cue), (quote.Source, quote.Named, quote.Outlet, quote.Cue));
    }

    [Fact]
    public void A_pronoun_source_stands_for_the_name_before_it_and_the_next_sentence_can_attribute()
    {
        var wb = Open("The talks were led by Foreign Minister Jan Kowal, who dismissed the offer as “not serious at all.” Officials met. “Nothing has changed since Monday,” Also the minister's aide added nothing.\nThe ministry repeated its line “we stand by the statement we gave.” The spokesman added that it was final.");
        var quotes = wb.Sources.Quotes().ToDictionary(q => q.Quote);
        Assert.Equal(("Foreign Minister Jan Kowal", "Jan Kowal", true), (quotes["not serious at all."].Source, quotes["not serious at all."].Speaker, quotes["not serious at all."].Named));
        Assert.Equal(("The spokesman", false), (quotes["we stand by the statement we gave."].Source, quotes["we stand by the statement we gave."].Named));
    }

    [Fact]
    public void A_term_gets_no_source_and_who_counts_speakers()
    {
        var wb = Open("The so-called “coalition of the willing” met. A senior source said it was “rather hypothetical for now.” Another senior source said it was “not happening this year at all.”");
        var term = wb.Sources.Quotes().Single(q => q.Quote == "coalition of the willing");
        Assert.Equal((QuotationKind.Term, ""), (term.Kind, term.Source));
        var who = Assert.Single(wb.Sources.Who());
        Assert.Equal(("senior source", false, 2), (who.Speaker, who.Named, who.Quotes));
        var share = Assert.Single(wb.Sources.Attributed());
        Assert.Equal((3, 2), (share.Sentences, share.Attributed));
    }

    [Fact]
    public void The_seed_reports_reported_speech_is_found_with_its_sources()
    {
        var quotes = CorpusWorkbook.Open(Repository.Seeds).Sources.Quotes().Where(q => q.Kind == QuotationKind.Speech).ToList();
        (string Source, bool Named) Of(string document, string words) => quotes.Where(q => q.DocumentId == document && q.Quote.Contains(words, StringComparison.Ordinal))
            .Select(q => (q.Source, q.Named)).First();
        Assert.Equal(("a senior Western diplomatic source", false), Of("001", "only send our troops if there’s Russian consent"));
        Assert.Equal(("One European defense source", false), Of("001", "rather hypothetical"));
        Assert.Equal(("The source", false), Of("002", "tremendous effect"));
        Assert.Equal(("Johnson", true), Of("001", "completely abstract"));
        Assert.Equal(("British Prime Minister Boris Johnson", true), Of("002", "completely abstract"));
        Assert.Equal(("Vladimir Putin", true), Of("004", "legitimate targets"));
        Assert.Equal("The Telegraph", quotes.First(q => q.DocumentId == "001" && q.Quote.Contains("only send", StringComparison.Ordinal)).Outlet);
        Assert.DoesNotContain(quotes, q => q.Quote == "coalition of the willing");
    }
}
