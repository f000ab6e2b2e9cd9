using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Finds the quotations of a document's kept paragraphs: curly double quotes (“…”), straight double quotes paired
/// within a paragraph (an opening mark follows a space, a bracket, a dash or the paragraph start), and curly single
/// quotes (‘…’) whose closing mark is not an apostrophe inside a word. A quotation may run across sentences; one left
/// open closes at the end of its paragraph. A quotation of at most <see cref="MaxTermWords"/> words with no reporting
/// verb outside it in its sentence is a <see cref="QuotationKind.Term"/>; any other is <see cref="QuotationKind.Speech"/>.
/// </summary>
internal static class Quotations
{
    /// <summary>The most words a quotation may have to count as a term rather than speech.</summary>
    public const int MaxTermWords = 4;

    /// <summary>The quotations of <paramref name="document"/>, in text order, judged with <paramref name="reportingVerbs"/>.</summary>
    public static IReadOnlyList<QuotationRow> Of(Document document, CueIndex reportingVerbs, Corpus corpus)
    {
        var text = document.Text;
        var spans = new List<(int Start, int End)>();
        foreach (var paragraph in document.Paragraphs)
            spans.AddRange(InParagraph(text, paragraph.Start, paragraph.End));
        var norms = corpus.NormsOf(document);
        var tokens = document.Tokens;
        return spans.Select((span, i) =>
        {
            var words = Tokenizer.Norms(text[span.Start..span.End], wordsOnly: true).Count;
            var kind = words <= MaxTermWords && !AttributedInSentence(document, tokens, norms, span, reportingVerbs) ? QuotationKind.Term : QuotationKind.Speech;
            return new QuotationRow(document.Id, i, kind, span.Start, span.End, text[span.Start..span.End]);
        }).ToList();
    }

    private static IEnumerable<(int Start, int End)> InParagraph(string text, int start, int end)
    {
        int? open = null;
        char closer = '\0';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (open is null)
            {
                if (c == '\u201C') { open = i + 1; closer = '\u201D'; }
                else if (c == '"' && OpensAt(text, i, start)) { open = i + 1; closer = '"'; }
                else if (c == '\u2018' && OpensAt(text, i, start)) { open = i + 1; closer = '\u2019'; }
                continue;
            }
            if (c != closer) continue;
            if (closer == '\u2019' && i + 1 < end && char.IsLetter(text[i + 1])) continue;
            if (i > open) yield return (open.Value, i);
            open = null;
        }
        if (open is { } unclosed && unclosed < end) yield return (unclosed, end);
    }

    private static bool OpensAt(string text, int i, int paragraphStart) =>
        (i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or '/')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool AttributedInSentence(Document document, TokenColumns tokens, IReadOnlyList<string> norms,
        (int Start, int End) span, CueIndex reportingVerbs)
    {
        var sentence = document.Sentences.FirstOrDefault(s => s.Start <= span.Start && span.Start < s.End);
        if (sentence is null) return false;
        var outside = new List<string>();
        var (first, end) = tokens.SentenceRange(sentence.Index);
        for (var i = first; i < end; i++)
        {
            if (tokens.Starts[i] >= span.Start && tokens.Ends[i] <= span.End) continue;
            outside.Add(norms[i]);
        }
        return Enumerable.Range(0, outside.Count).Any(i => reportingVerbs.FirstMatchAt(outside, i) is not null);
    }
}
