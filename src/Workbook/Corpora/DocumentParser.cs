using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>Turns one raw text into a <see cref="Document"/>: cleaning, paragraphs, sentences, tokens.</summary>
internal static class DocumentParser
{
    private const int UntitledLength = 80;

    /// <summary>Parses <paramref name="text"/>, interning token norms in <paramref name="vocabulary"/>.</summary>
    public static Document Parse(ManifestEntry entry, string text, INormInterner vocabulary)
    {
        var cleaned = ArticleCleaner.Clean(text);
        var paragraphs = new List<ParagraphRow>(cleaned.Blocks.Count);
        var sentences = new List<SentenceRow>();
        var tokens = new TokenColumns(text.Length / 5);
        var sentenceIndex = 0;
        Tokenizer.TokenSink sink = (s, e, kind, norm) => tokens.Add(s, e, sentenceIndex, vocabulary.Intern(norm), kind);
        foreach (var block in cleaned.Blocks)
        {
            var paragraphIndex = paragraphs.Count;
            paragraphs.Add(new ParagraphRow(entry.Id, paragraphIndex, block.Role, block.Start, block.End, text));
            var spans = block.Role == ParagraphRole.Heading
                ? [(block.Start, block.End)]
                : SentenceSplitter.Split(text, block.Start, block.End);
            foreach (var (start, end) in spans)
            {
                sentenceIndex = sentences.Count;
                sentences.Add(new SentenceRow(entry.Id, sentenceIndex, paragraphIndex, start, end, text));
                Tokenizer.Tokenize(text, start, end, sink);
            }
        }
        var removed = cleaned.Removals.Select(r => new CleaningRow(entry.Id, r.Line, r.Reason, r.Start, r.End, text[r.Start..r.End])).ToList();
        return new Document(entry, entry.Title ?? TitleFromText(paragraphs, sentences, entry), text, paragraphs, sentences, tokens, removed);
    }

    private static string TitleFromText(List<ParagraphRow> paragraphs, List<SentenceRow> sentences, ManifestEntry entry)
    {
        if (paragraphs.Count > 0 && paragraphs[0].Role == ParagraphRole.Heading) return paragraphs[0].Text;
        if (sentences.Count == 0) return entry.Id;
        return TextShortening.Shorten(sentences[0].Text, UntitledLength + TextShortening.Ellipsis.Length);
    }
}
