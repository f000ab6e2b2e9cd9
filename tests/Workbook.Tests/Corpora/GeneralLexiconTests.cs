using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Corpora;

/// <summary>The library's general lexicons know English in general, not the seed texts.</summary>
public class GeneralLexiconTests
{
    // Standard phrases of English that the seed texts happen to use; each is in any style guide's list of attribution or argument markers.
    private static readonly HashSet<string> StandardPhrases = ["international law", "they argue", "the idea that", "according to", "cited by", "reported by"];

    [Fact]
    public void No_phrase_of_the_seed_texts_is_in_the_general_lexicons()
    {
        var seedTexts = Directory.GetFiles(Repository.Seeds, "*.txt").Where(f => char.IsAsciiDigit(Path.GetFileName(f)[0]))
            .Select(f => " " + string.Join(' ', Tokenizer.Norms(File.ReadAllText(f), wordsOnly: true)) + " ").ToList();
        Assert.Equal(5, seedTexts.Count);
        var data = Path.Combine(Repository.Root, "src", "Workbook", "Data");
        var lifted = Directory.GetFiles(data, "*.txt")
            .SelectMany(file => ListFile.Entries(File.ReadAllText(file)).Select(e => (File: Path.GetFileName(file), e.Entry)))
            .Where(e => !e.Entry.StartsWith('[') && !e.Entry.Contains('*') && !e.Entry.Contains('~') && !e.Entry.Contains('?'))
            .Select(e => (e.File, Phrase: string.Join(' ', Tokenizer.Norms(e.Entry.Split('\t', ':')[0], wordsOnly: true))))
            .Where(e => e.Phrase.Split(' ').Length >= 2 && !StandardPhrases.Contains(e.Phrase))
            .Where(e => seedTexts.Any(t => t.Contains($" {e.Phrase} ", StringComparison.Ordinal)))
            .Select(e => $"{e.File}: {e.Phrase}").Distinct().ToList();
        Assert.Empty(lifted);
    }
}
