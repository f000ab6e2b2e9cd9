namespace Workbook.Corpora;

/// <summary>A sentence: <c>raw.Substring(Start, End - Start) == Text</c>. Its text is sliced from the raw text when read, not held.</summary>
public sealed record SentenceRow
{
    private readonly RawSlice _slice;

    /// <summary>The sentence at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="raw"/>, the document's raw text.</summary>
    /// <param name="documentId">The document it belongs to.</param>
    /// <param name="index">0-based position among the document's sentences.</param>
    /// <param name="paragraphIndex">The paragraph that holds it.</param>
    /// <param name="start">UTF-16 start offset in the raw text.</param>
    /// <param name="end">UTF-16 end offset (exclusive).</param>
    /// <param name="raw">The document's raw text.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="raw"/>.</exception>
    public SentenceRow(string documentId, int index, int paragraphIndex, int start, int end, string raw)
    {
        _slice = new RawSlice(raw, start, end);
        (DocumentId, Index, ParagraphIndex) = (documentId, index, paragraphIndex);
    }

    /// <summary>The document it belongs to.</summary>
    public string DocumentId { get; }

    /// <summary>0-based position among the document's sentences.</summary>
    public int Index { get; }

    /// <summary>The paragraph that holds it.</summary>
    public int ParagraphIndex { get; }

    /// <summary>UTF-16 start offset in the raw text.</summary>
    public int Start => _slice.Start;

    /// <summary>UTF-16 end offset (exclusive).</summary>
    public int End => _slice.End;

    /// <summary>The sentence's text, a new string on each read; <see cref="AsSpan"/> reads it without one.</summary>
    public string Text => _slice.Text;

    /// <summary>The sentence's text as a span of the raw text.</summary>
    public ReadOnlySpan<char> AsSpan() => _slice.Span;
}
