namespace Workbook.Corpora;

/// <summary>Counts and readability of one document.</summary>
internal static class DocumentStatistics
{
    /// <summary>The document's row in the documents table.</summary>
    public static DocumentRow Describe(Document document)
    {
        var tokens = document.Tokens;
        var words = 0;
        var syllables = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWordLike(i)) continue;
            words++;
            syllables += Readability.Syllables(document.Text.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]));
        }
        var sentences = document.Sentences.Count;
        return new DocumentRow(document.Id, document.File, document.Title, document.Kind, document.Outlet,
            document.Paragraphs.Count, sentences, words, Readability.ReadingTime(words),
            Math.Round(Readability.FleschReadingEase(words, sentences, syllables), 1));
    }
}
