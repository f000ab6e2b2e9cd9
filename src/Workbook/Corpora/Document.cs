namespace Workbook.Corpora;

/// <summary>One loaded document: the raw text as read, and its paragraphs, sentences, tokens and removals, all offset into it.</summary>
public sealed class Document
{
    internal Document(ManifestEntry entry, string title, string text, IReadOnlyList<ParagraphRow> paragraphs,
        IReadOnlyList<SentenceRow> sentences, TokenColumns tokens, IReadOnlyList<CleaningRow> removed)
    {
        Id = entry.Id; File = entry.File; Kind = entry.Kind; Outlet = entry.Outlet;
        Title = title; Text = text; Paragraphs = paragraphs; Sentences = sentences; Tokens = tokens; Removed = removed;
    }

    /// <summary>Stable id, e.g. "000".</summary>
    public string Id { get; }
    /// <summary>File name in the corpus folder.</summary>
    public string File { get; }
    /// <summary>Headline, the analyst's title, or one taken from the text.</summary>
    public string Title { get; }
    /// <summary>The analyst's kind: op-ed, news, commentary, … or "unknown".</summary>
    public string Kind { get; }
    /// <summary>Publication, where known.</summary>
    public string? Outlet { get; }
    /// <summary>The file's text, decoded as UTF-8 and otherwise unchanged. All offsets index into it.</summary>
    public string Text { get; }
    /// <summary>Kept paragraphs in order.</summary>
    public IReadOnlyList<ParagraphRow> Paragraphs { get; }
    /// <summary>Sentences in order.</summary>
    public IReadOnlyList<SentenceRow> Sentences { get; }
    /// <summary>Tokens, stored column-wise.</summary>
    public TokenColumns Tokens { get; }
    /// <summary>Lines cleaning removed.</summary>
    public IReadOnlyList<CleaningRow> Removed { get; }

    /// <summary>The raw text at [start, end).</summary>
    public string Slice(int start, int end) => Text.Substring(start, end - start);
}
