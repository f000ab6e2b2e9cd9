using Workbook.Corpora;
using Workbook.Vocabulary;

namespace Workbook.Tests.Vocabulary;

public class DaleChallTests
{
    [Fact]
    public void The_familiar_list_comes_from_the_npm_package()
    {
        var familiar = CorpusResources.General.Lexicon(VocabularyFamily.FamiliarWords);
        Assert.InRange(familiar.Count, 2900, 3100);
        Assert.Contains("afternoon", familiar);
        Assert.DoesNotContain("astrophysics", familiar);
    }

    [Fact]
    public void Inflections_of_familiar_words_and_names_inside_a_sentence_are_familiar()
    {
        var familiar = CorpusResources.General.Lexicon(VocabularyFamily.FamiliarWords);
        Assert.True(DaleChall.IsFamiliar("studied", familiar));
        Assert.True(DaleChall.IsFamiliar("cats", familiar));
        Assert.False(DaleChall.IsFamiliar("astrophysics", familiar));
    }

    [Fact]
    public void The_score_follows_the_new_dale_chall_formula_worked_by_hand()
    {
        // 8 words in 2 sentences; "astrophysics" is the one difficult word (12.5 %, over 5 %); "Boris" is a name.
        var corpus = Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null), "The cat studied astrophysics. Then Boris ran home.")]);
        var row = Assert.Single(DaleChall.Of(corpus, CorpusResources.General.Lexicon(VocabularyFamily.FamiliarWords)));
        Assert.Equal((8, 2, 1), (row.Words, row.Sentences, row.DifficultWords));
        Assert.Equal(0.1579 * 12.5 + 0.0496 * 4 + 3.6365, row.DaleChall, 12);
        Assert.Equal(0.0496 * 5, DaleChall.Score(10, 2, 0), 12);
    }
}
