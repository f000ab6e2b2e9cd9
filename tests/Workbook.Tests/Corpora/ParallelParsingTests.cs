using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Tests.Corpora;

public class ParallelParsingTests
{
    [Fact]
    public void Documents_parsed_on_several_threads_number_norms_in_order_of_first_appearance_every_time()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Text {i} says: the {(i % 2 == 0 ? "army" : "Navy")} left port {i * 7}. It's word{i % 5}, and THE end.").ToList();
        var sources = texts.Select((t, i) => (new ManifestEntry($"d{i}", $"d{i}.txt", null, "news", null), t)).ToList();
        var expected = texts.SelectMany(t => Tokenizer.Norms(t, wordsOnly: false)).Distinct().ToList();
        for (var run = 0; run < 20; run++)
        {
            var corpus = Corpus.FromTexts(sources);
            Assert.Equal(expected, Enumerable.Range(0, corpus.Vocabulary.Count).Select(id => corpus.Vocabulary[id]));
            Assert.Equal(Tokenizer.Norms(texts[7], wordsOnly: false), corpus.NormsOf(corpus["d7"]));
            Assert.Equal(sources.Select(s => s.Item1.Id), corpus.Documents.Select(d => d.Id));
        }
    }

    [Fact]
    public void A_document_that_fails_to_parse_throws_its_own_exception_not_the_parallel_loops_wrapper()
    {
        var failure = Record.Exception(() => Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null), null!)]));
        Assert.NotNull(failure);
        Assert.IsNotType<AggregateException>(failure);
    }

    [Fact]
    public void Stray_controls_are_counted_and_white_space_is_not()
    {
        Assert.Equal(3, TextNormalizer.CountStrayControls("a\0b\u001B\t\r\n\u0085\u007F c\u00A0"));
        Assert.Equal(0, TextNormalizer.CountStrayControls("plain text\r\n"));
    }
}
