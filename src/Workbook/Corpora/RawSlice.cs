namespace Workbook.Corpora;

/// <summary>A span of a document's raw text, kept as the text and two offsets so a row holds no copy of its words.</summary>
internal readonly record struct RawSlice
{
    private readonly string _raw;

    /// <exception cref="ArgumentOutOfRangeException">[<paramref name="start"/>, <paramref name="end"/>) does not lie inside <paramref name="raw"/>.</exception>
    public RawSlice(string raw, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, raw.Length);
        (_raw, Start, End) = (raw, start, end);
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>The slice as a new string.</summary>
    public string Text => _raw.Substring(Start, End - Start);

    /// <summary>The slice without a copy.</summary>
    public ReadOnlySpan<char> Span => _raw.AsSpan(Start, End - Start);
}
