using Workbook.Corpora;

namespace Workbook.Tone;

/// <summary>VADER's compound score of one sentence. Its text is sliced from the raw text when read, not held.</summary>
public sealed record ToneSentenceRow
{
    private readonly RawSlice _slice;

    /// <summary>The score of the sentence at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="raw"/>, the document's raw text.</summary>
    /// <param name="documentId">The document.</param>
    /// <param name="sentenceIndex">The sentence.</param>
    /// <param name="compound">From −1 (most negative) to +1 (most positive).</param>
    /// <param name="start">UTF-16 start offset of the sentence.</param>
    /// <param name="end">UTF-16 end offset (exclusive).</param>
    /// <param name="raw">The document's raw text.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="raw"/>.</exception>
    public ToneSentenceRow(string documentId, int sentenceIndex, double compound, int start, int end, string raw)
    {
        _slice = new RawSlice(raw, start, end);
        (DocumentId, SentenceIndex, Compound) = (documentId, sentenceIndex, compound);
    }

    /// <summary>The document.</summary>
    public string DocumentId { get; }

    /// <summary>The sentence.</summary>
    public int SentenceIndex { get; }

    /// <summary>From −1 (most negative) to +1 (most positive).</summary>
    public double Compound { get; }

    /// <summary>UTF-16 start offset of the sentence.</summary>
    public int Start => _slice.Start;

    /// <summary>UTF-16 end offset (exclusive).</summary>
    public int End => _slice.End;

    /// <summary>The sentence, a new string on each read.</summary>
    public string Text => _slice.Text;
}
