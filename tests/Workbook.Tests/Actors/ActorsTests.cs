using Workbook.Actors;
using Workbook.Corpora;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Actors;

public class ActorsTests
{
    private static CorpusWorkbook Open(string text, CorpusResources? resources = null) =>
        CorpusWorkbook.From(Corpus.FromTexts([(new ManifestEntry("r", "r.txt", null, "news", null), text)]), resources);

    [Fact]
    public void Aliases_fold_into_one_actor_and_possessives_and_capitals_count()
    {
        var wb = Open("Moscow’s consent matters to the Kremlin. Russia said no. The US and the EU disagreed; the U.S. waited.");
        var counts = wb.Actors.Counts().ToDictionary(c => c.Actor, c => c.Mentions);
        Assert.Equal(3, counts["Russia"]);
        Assert.Equal(2, counts["United States"]);
        Assert.Equal(1, counts["European Union"]);
        Assert.Equal("Moscow’s", wb.Actors.Mentions().First().Text);
    }

    [Fact]
    public void A_title_names_a_person_whose_surname_then_counts_anywhere()
    {
        var wb = Open("Putin spoke first. Russian President Vladimir Putin later said “Putin never bluffs.” Kremlin spokesman Dmitry Peskov agreed.");
        var people = wb.Actors.Mentions().Where(m => m.Kind == ActorKind.Person).Select(m => (m.Actor, m.Text, m.InQuote)).ToList();
        Assert.Equal([("Vladimir Putin", "Putin", false), ("Vladimir Putin", "Vladimir Putin", false), ("Vladimir Putin", "Putin", true), ("Dmitry Peskov", "Dmitry Peskov", false)], people);
        Assert.Contains(wb.Actors.CoOccurrence(), p => (p.ActorA, p.ActorB) == ("Dmitry Peskov", "Russia"));
    }

    [Fact]
    public void A_full_name_whose_surname_recurs_is_a_person_but_a_sentence_opening_or_a_place_adjective_is_not()
    {
        var wb = Open("Talks began when Anna Berg arrived. Berg spoke first. Whether Europe acts is unclear; Europe waits. The plan suits Western Europe.");
        var people = wb.Actors.Mentions().Where(m => m.Kind == ActorKind.Person).Select(m => (m.Actor, m.Text)).ToList();
        Assert.Equal([("Anna Berg", "Anna Berg"), ("Anna Berg", "Berg")], people);
    }

    [Fact]
    public void Removed_page_chrome_is_never_counted_and_a_corpus_adds_its_own_actors()
    {
        var resources = CorpusResources.General.With(ActorsFamily.Gazetteer, ActorsFamily.Gazetteer.Library.With(Gazetteer.Parse("person: Volodymyr Zelensky | Zelensky\n")));
        var wb = Open("Share on Facebook\nZelensky met Macron in Paris.\n© 2024 Reuters", resources);
        var counts = wb.Actors.Counts().ToDictionary(c => c.Actor, c => c.Mentions);
        Assert.Equal(1, counts["Volodymyr Zelensky"]);
        Assert.Equal(1, counts["France"]);
        Assert.False(counts.ContainsKey("Reuters"));
    }

    [Fact]
    public void Seed_actor_counts_match_the_text_with_aliases_folded_and_chrome_excluded()
    {
        var counts = CorpusWorkbook.Open(Repository.Seeds).Actors.Counts().ToDictionary(c => (c.DocumentId, c.Actor), c => c.Mentions);
        int Count(string document, string actor) => counts.GetValueOrDefault((document, actor));
        Assert.Equal([1, 1, 2, 0, 6], new[] { "000", "001", "002", "003", "004" }.Select(d => Count(d, "Vladimir Putin")));
        Assert.Equal([0, 1, 1, 0, 1], new[] { "000", "001", "002", "003", "004" }.Select(d => Count(d, "Emmanuel Macron")));
        Assert.Equal([0, 2, 1, 0, 0], new[] { "000", "001", "002", "003", "004" }.Select(d => Count(d, "Boris Johnson")));
        Assert.Equal([4, 4, 2, 0, 0], new[] { "000", "001", "002", "003", "004" }.Select(d => Count(d, "The Telegraph")));
    }
}
