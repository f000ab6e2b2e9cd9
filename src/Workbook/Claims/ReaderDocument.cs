using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>A document as the reader lays it out: its raw text and its kept paragraphs (removed lines are left out).</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Text">Its raw text; every offset of the reader indexes it.</param>
/// <param name="Paragraphs">Its kept paragraphs, in order.</param>
public sealed record ReaderDocument(string Id, string Title, string Text, IReadOnlyList<ReaderParagraph> Paragraphs)
{
    /// <summary>The layout of <paramref name="document"/>, sentences sorted into the paragraphs they stand in.</summary>
    public static ReaderDocument Of(Document document)
    {
        var sentences = document.Sentences.ToLookup(s => s.ParagraphIndex);
        return new ReaderDocument(document.Id, document.Title, document.Text, document.Paragraphs
            .Select(p => new ReaderParagraph(p.Role, new TextSpan(p.Start, p.End), sentences[p.Index].Select(s => new TextSpan(s.Start, s.End)).ToList()))
            .ToList());
    }
}
