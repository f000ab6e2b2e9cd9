using Workbook.Corpora;

namespace Workbook.Tests.Corpora;

public class IndexedSentenceTests
{
    [Fact]
    public void Each_sentence_gets_its_own_word_norms_stems_and_tokens()
    {
        var corpus = Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null), "Troops were deployed. \"Why?\" he asked.\n\n5,000 Soldiers remained, 2 ships left.")]);
        var sentences = IndexedSentence.Of(corpus, corpus["d"]);
        Assert.Equal(["Troops were deployed.", "\"Why?\" he asked.", "5,000 Soldiers remained, 2 ships left."], sentences.Select(s => s.Row.Text));
        Assert.Equal([["troops", "were", "deployed"], ["why", "he", "asked"], ["5,000", "soldiers", "remained", "2", "ships", "left"]], sentences.Select(s => s.Norms.ToArray()));
        Assert.Equal([["troop", "were", "deploy"], ["why", "he", "ask"], ["5,000", "soldier", "remain", "2", "ship", "left"]], sentences.Select(s => s.Stems.ToArray()));
        Assert.Equal([["troops", "were", "deployed", "."], ["\"", "why", "?", "\"", "he", "asked", "."], ["5,000", "soldiers", "remained", ",", "2", "ships", "left", "."]],
            sentences.Select(s => s.Tokens.ToArray()));
    }

    [Fact]
    public void A_sentences_lists_are_indexed_in_place_and_bounded()
    {
        var corpus = Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null), "Troops were deployed. \"Why?\" he asked.\n\n5,000 Soldiers remained, 2 ships left.")]);
        var last = IndexedSentence.Of(corpus, corpus["d"])[2];
        Assert.Equal(("soldiers", "soldier", ","), (last.Norms[1], last.Stems[1], last.Tokens[3]));
        Assert.Equal((6, 6, 8), (last.Norms.Count, last.Stems.Count, last.Tokens.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => last.Norms[6]);
        Assert.Throws<ArgumentOutOfRangeException>(() => last.Tokens[-1]);
    }

    [Fact]
    public void A_sentences_tokens_are_found_as_one_run_of_the_token_columns()
    {
        var corpus = Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null), "Troops were deployed. \"Why?\" he asked.\n\n5,000 Soldiers remained, 2 ships left.")]);
        var tokens = corpus["d"].Tokens;
        Assert.Equal([(0, 4), (4, 11), (11, 19)], Enumerable.Range(0, 3).Select(tokens.SentenceRange));
        Assert.Equal((19, 19), tokens.SentenceRange(3));
    }
}
