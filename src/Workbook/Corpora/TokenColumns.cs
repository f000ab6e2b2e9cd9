using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// A document's tokens stored column-wise (parallel arrays of offsets, sentence and norm ids) so a
/// large corpus costs a few integers per token rather than an object and two strings.
/// </summary>
public sealed class TokenColumns
{
    private int[] _starts, _ends, _sentences, _norms;
    private TokenKind[] _kinds;

    /// <summary>Creates an empty store with room for <paramref name="capacity"/> tokens.</summary>
    internal TokenColumns(int capacity = 64)
    {
        capacity = Math.Max(capacity, 4);
        _starts = new int[capacity]; _ends = new int[capacity]; _sentences = new int[capacity]; _norms = new int[capacity];
        _kinds = new TokenKind[capacity];
    }

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Start offsets, one per token.</summary>
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    /// <summary>End offsets (exclusive), one per token.</summary>
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    /// <summary>Index of each token's sentence.</summary>
    public ReadOnlySpan<int> Sentences => _sentences.AsSpan(0, Count);

    /// <summary>Each token's norm as a <see cref="Vocabulary"/> id.</summary>
    public ReadOnlySpan<int> Norms => _norms.AsSpan(0, Count);

    /// <summary>Each token's kind.</summary>
    public ReadOnlySpan<TokenKind> Kinds => _kinds.AsSpan(0, Count);

    /// <summary>Appends one token: only while the document is parsed, so a loaded corpus stays as it was read.</summary>
    internal void Add(int start, int end, int sentence, int norm, TokenKind kind)
    {
        if (Count == _starts.Length) Grow();
        _starts[Count] = start; _ends[Count] = end; _sentences[Count] = sentence; _norms[Count] = norm; _kinds[Count] = kind;
        Count++;
    }

    /// <summary>The tokens of sentence <paramref name="sentence"/>, [First, End): tokens come in sentence order; an empty range when it has none.</summary>
    public (int First, int End) SentenceRange(int sentence)
    {
        var sentences = Sentences;
        var first = sentences.BinarySearch(sentence);
        if (first < 0) return (~first, ~first);
        while (first > 0 && sentences[first - 1] == sentence) first--;
        var end = first;
        while (end < Count && sentences[end] == sentence) end++;
        return (first, end);
    }

    /// <summary>The norm id of the token at <paramref name="index"/>.</summary>
    internal int NormAt(int index) => _norms[index];

    /// <summary>The norm ids, writable, for renumbering provisional ids once a corpus is parsed.</summary>
    internal Span<int> WritableNorms => _norms.AsSpan(0, Count);

    /// <summary>True when the token at <paramref name="index"/> is a word or number (not punctuation).</summary>
    public bool IsWordLike(int index) => _kinds[index] is TokenKind.Word or TokenKind.Number;

    private void Grow()
    {
        var size = _starts.Length * 2;
        Array.Resize(ref _starts, size); Array.Resize(ref _ends, size); Array.Resize(ref _sentences, size);
        Array.Resize(ref _norms, size); Array.Resize(ref _kinds, size);
    }
}
