using Workbook.Corpora;

namespace Workbook.Vocabulary;

/// <summary>
/// The New Dale–Chall readability formula (Chall &amp; Dale 1995). A word is difficult when neither it nor its stem
/// (without -s, -es, -ies, -ed, -d, -ied, -ing, -er, -est, -ly) is on the familiar list; a capitalised word inside a
/// sentence is a name and counts as familiar, as the formula's rules say; numbers are not counted.
/// </summary>
internal static class DaleChall
{
    /// <summary>The score for <paramref name="words"/> words in <paramref name="sentences"/> sentences, <paramref name="difficult"/> of them difficult.</summary>
    public static double Score(int words, int sentences, int difficult)
    {
        if (words == 0 || sentences == 0) return double.NaN;
        var percent = 100.0 * difficult / words;
        return 0.1579 * percent + 0.0496 * words / sentences + (percent > 5 ? 3.6365 : 0);
    }

    /// <summary>One row per document, in corpus order.</summary>
    public static IReadOnlyList<ReadabilityRow> Of(Corpus corpus, IReadOnlySet<string> familiar) => corpus.Documents.Select(document =>
    {
        var tokens = document.Tokens;
        var norms = corpus.NormsOf(document);
        var (words, difficult, syllables, previousSentence) = (0, 0, 0, -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.Kinds[i] != Text.TokenKind.Word) continue;
            var text = document.Text.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]);
            var first = tokens.Sentences[i] != previousSentence;
            previousSentence = tokens.Sentences[i];
            words++;
            syllables += Readability.Syllables(text);
            var isName = !first && char.IsUpper(text[0]);
            if (!isName && !IsFamiliar(norms[i], familiar)) difficult++;
        }
        var sentences = document.Sentences.Count;
        return new ReadabilityRow(document.Id, words, sentences, difficult, Readability.FleschReadingEase(words, sentences, syllables), Score(words, sentences, difficult));
    }).ToList();

    /// <summary>True when <paramref name="norm"/> or its stem is on the familiar list.</summary>
    public static bool IsFamiliar(string norm, IReadOnlySet<string> familiar)
    {
        if (familiar.Contains(norm)) return true;
        foreach (var (suffix, replacement) in Inflections)
            if (norm.Length > suffix.Length + 1 && norm.EndsWith(suffix, StringComparison.Ordinal) && familiar.Contains(norm[..^suffix.Length] + replacement)) return true;
        return false;
    }

    private static readonly (string Suffix, string Replacement)[] Inflections =
    [
        ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("er", ""), ("est", ""), ("ly", ""), ("'s", ""),
    ];
}
