using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Claims;

public class RetrievalTests
{
    private static IndexedSentence Sentence(int index, params string[] words)
    {
        var text = string.Join(' ', words);
        return new(new SentenceRow("d", index, 0, 0, text.Length, text), words, words.Select(Stemmer.Stem).ToList(), words);
    }

    [Fact]
    public void Bm25_matches_the_formula_worked_by_hand()
    {
        // Three sentences of lengths 2, 4 and 3 (average 3); the query term "veto" occurs once in the first two.
        var index = new SentenceIndex(RetrievalSettings.Default, [Sentence(0, "no", "veto"), Sentence(1, "veto", "over", "allied", "strategy"), Sentence(2, "troops", "will", "go")]);
        var unit = new QueryUnit("veto", ["veto"]);
        var idf = Math.Log(1 + (3 - 2 + 0.5) / (2 + 0.5));
        Assert.Equal(idf, index.Idf(unit), 12);
        var scores = index.Score([unit]);
        Assert.Equal(idf * 1 * 2.2 / (1 + 1.2 * (1 - 0.75 + 0.75 * 2 / 3.0)), scores[0].Score, 12);
        Assert.Equal(idf * 1 * 2.2 / (1 + 1.2 * (1 - 0.75 + 0.75 * 4 / 3.0)), scores[1].Score, 12);
        Assert.Equal((0.0, 0.0), (scores[2].Score, scores[2].Coverage));
        Assert.Equal(1.0, scores[0].Coverage, 12);
    }

    [Fact]
    public void Coverage_counts_only_statement_words_and_synonyms_count_as_their_term()
    {
        var index = new SentenceIndex(RetrievalSettings.Default, [Sentence(0, "russian", "consent"), Sentence(1, "troops", "go")]);
        var query = new[] { new QueryUnit("approval", ["approval", "consent*"]), new QueryUnit("troop", ["troop"]), new QueryUnit("lviv", ["lviv"], Weight: 0.5) };
        var scores = index.Score(query);
        var (approval, troop) = (index.Idf(query[0]), index.Idf(query[1]));
        Assert.Equal(approval / (approval + troop), scores[0].Coverage, 12);
    }

    [Fact]
    public void A_stem_finds_every_norm_written_with_it_and_a_norm_only_itself()
    {
        var index = new SentenceIndex(RetrievalSettings.Default, [Sentence(0, "troops", "go"), Sentence(1, "troop", "left"), Sentence(2, "troopers")]);
        Assert.Equal(Math.Log(1 + (3 - 2 + 0.5) / (2 + 0.5)), index.Idf(new QueryUnit("troop", ["troop"])), 12);
        Assert.Equal(Math.Log(1 + (3 - 1 + 0.5) / (1 + 0.5)), index.Idf(new QueryUnit("troops", ["troops"])), 12);
        Assert.Equal([true, true, false], index.Score([new QueryUnit("troop", ["troop"])]).Select(s => s.Score > 0));
    }

    [Theory]
    [InlineData("troops", "troop")]
    [InlineData("deployed", "deploy")]
    [InlineData("deployment", "deploy")]
    [InlineData("deploying", "deploy")]
    [InlineData("moscow's", "moscow")]
    [InlineData("policies", "policy")]
    [InlineData("red", "red")]
    [InlineData("5,000", "5,000")]
    public void Light_stemmer(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Fact]
    public void The_seeds_synonym_file_groups_the_consent_vocabulary()
    {
        var synonyms = Repository.SeedResources.Lexicon(ClaimsFamily.Synonyms);
        var group = synonyms.GroupOf("approval");
        Assert.NotNull(group);
        Assert.Contains("veto*", group);
        Assert.Same(group, synonyms.GroupOf("acquiescence"));
        Assert.Null(synonyms.GroupOf("weather"));
        Assert.Empty(CorpusResources.General.Lexicon(ClaimsFamily.Synonyms).Groups);
        Assert.Equal(["a", "b*"], SynonymGroups.Parse("# c\na, B*\n").Groups.Single());
    }

    [Fact]
    public void Distinctive_weights_a_word_by_how_few_claims_share_it()
    {
        QueryUnit Unit(string term) => new(term, [term]);
        IReadOnlyList<IReadOnlyList<QueryUnit>> queries = [[Unit("shared"), Unit("one")], [Unit("shared"), Unit("two")], [Unit("shared"), Unit("two")]];
        var weighed = ClaimComparison.Distinctive(queries, 1);
        // n = 3 claims: a word of one claim keeps weight 1; "two" (df 2) weighs (ln(4/3) + 1) / (ln 2 + 1); "shared" (df 3) 1 / (ln 2 + 1).
        Assert.Equal(1.0, weighed[0][1].Weight, 12);
        Assert.Equal((Math.Log(4.0 / 3) + 1) / (Math.Log(2) + 1), weighed[1][1].Weight, 12);
        Assert.Equal(1 / (Math.Log(2) + 1), weighed[2][0].Weight, 12);
        Assert.Equal(Math.Pow(1 / (Math.Log(2) + 1), 2), ClaimComparison.Distinctive(queries, 2)[0][0].Weight, 12);
        Assert.Same(queries, ClaimComparison.Distinctive(queries, 0));
    }
}
