namespace Workbook.Text;

/// <summary>Shortens text for labels and captions without splitting a word where it can, or a surrogate pair ever.</summary>
internal static class TextShortening
{
    /// <summary>The ellipsis appended to shortened text.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> itself when it has at most <paramref name="maxLength"/> UTF-16 units; otherwise its start,
    /// cut at the last space that leaves room for the ellipsis (or at the limit when the text has no space there), plus "…".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is below 2.</exception>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength) return text;
        var limit = maxLength - Ellipsis.Length;
        var space = text.LastIndexOf(' ', limit);
        var cut = space > 0 ? space : limit;
        if (char.IsLowSurrogate(text[cut]) && cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>The end of <paramref name="text"/> in at most <paramref name="maxLength"/> units, "…" first when shortened.</summary>
    public static string ShortenStart(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength) return text;
        var start = text.Length - (maxLength - Ellipsis.Length);
        if (char.IsLowSurrogate(text[start]) && start > 0 && char.IsHighSurrogate(text[start - 1])) start++;
        return Ellipsis + text[start..];
    }
}
