using Workbook.Corpora;

namespace Workbook.Tests.Corpora;

public class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("make", 1)]
    [InlineData("deployment", 3)]
    [InlineData("Ukraine", 2)]
    [InlineData("escalation", 4)]
    [InlineData("the", 1)]
    [InlineData("2022", 1)]
    public void Counts_syllables(string word, int syllables) => Assert.Equal(syllables, Readability.Syllables(word));

    [Fact]
    public void Flesch_reading_ease_follows_the_formula()
    {
        // 100 words, 5 sentences, 150 syllables: 206.835 − 1.015·20 − 84.6·1.5 = 59.635
        Assert.Equal(59.635, Readability.FleschReadingEase(100, 5, 150), 9);
        Assert.True(double.IsNaN(Readability.FleschReadingEase(0, 0, 0)));
    }

    [Fact]
    public void Reading_time_is_words_at_238_a_minute()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), Readability.ReadingTime(238));
        Assert.Equal(TimeSpan.FromSeconds(300), Readability.ReadingTime(1190));
    }

    [Fact]
    public void Documents_table_row_combines_counts_and_readability()
    {
        var corpus = Corpus.FromTexts([(new ManifestEntry("t", "t.txt", "T", "news", null), "The cat sat. The dog ran far away.")]);
        var row = corpus.DocumentTable.Single();
        Assert.Equal((1, 2, 8), (row.Paragraphs, row.Sentences, row.Words));
        // 8 words, 2 sentences, 9 syllables (a-way): 206.835 − 1.015·4 − 84.6·9/8 = 107.6
        Assert.Equal(Math.Round(206.835 - 1.015 * 4 - 84.6 * 9 / 8, 1), row.FleschReadingEase);
    }
}
