using System.Globalization;
using System.Text;

namespace Workbook.Text;

/// <summary>
/// Folds a token's text to its <c>norm</c>: lower case (invariant culture), curly quotes and
/// apostrophes folded to their straight forms, layout artifacts such as <c>$</c> and invisible format characters
/// (zero-width space and joiners, word joiner, byte-order mark, soft hyphen, bidirectional controls) removed, and
/// the result in Unicode normalization form C, so "café" typed precomposed or decomposed has one norm.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Returns the normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (Canonical(text) is { } canonical) text = canonical;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..FoldInto(text, buffer, out _)]);
    }

    /// <summary>
    /// Folds each character of <paramref name="text"/> into <paramref name="folded"/> (at least as long), dropping those
    /// <see cref="Fold"/> drops; returns the length written. <paramref name="beyondLatin1"/> says whether any character is
    /// U+00AD or above, the only ones <see cref="Canonical"/> can change.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> folded, out bool beyondLatin1)
    {
        var length = 0;
        beyondLatin1 = false;
        foreach (var c in text)
        {
            beyondLatin1 |= c >= '\u00AD';
            var f = Fold(c);
            if (f != '\0') folded[length++] = f;
        }
        return length;
    }

    /// <summary>
    /// <paramref name="text"/> without its invisible format characters and in normalization form C, or null when it
    /// already is (the common case, checked without allocating: text below U+00AD is). Text holding a lone surrogate,
    /// which has no normal form, is only stripped.
    /// </summary>
    public static string? Canonical(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\u00AD', '\uFFFF') < 0) return null;
        string? visible = null;
        foreach (var c in text)
        {
            if (!IsInvisible(c)) continue;
            var kept = new StringBuilder(text.Length);
            foreach (var k in text) if (!IsInvisible(k)) kept.Append(k);
            visible = kept.ToString();
            break;
        }
        var span = visible is null ? text : visible.AsSpan();
        try
        {
            return span.IsNormalized(NormalizationForm.FormC) ? visible : new string(span).Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return visible;
        }
    }

    /// <summary><paramref name="text"/> in normalization form C (as it is when it holds a lone surrogate, which has no normal form): how ids and kinds are compared.</summary>
    public static string Nfc(string text)
    {
        try { return text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }

    /// <summary>True for an invisible format character (Unicode category Cf: U+200B, U+200D, U+2060, U+FEFF, U+00AD, U+202E…), which a word may hold but its norm drops.</summary>
    public static bool IsInvisible(char c) => c >= '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Folds one character; returns <c>'\0'</c> for characters dropped from norms.</summary>
    public static char Fold(char c) => c < 128
        ? c switch
        {
            >= 'A' and <= 'Z' => (char)(c + 32),
            '`' => '\'',
            '$' => '\0',
            _ => c,
        }
        : c switch
        {
            '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
            '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
            '\u2010' or '\u2011' => '-',
            _ when IsInvisible(c) => '\0',
            _ => char.ToLowerInvariant(c),
        };

    /// <summary>True for white space and for control characters, which separate tokens and are never part of one.</summary>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>True for a control character that is not ordinary white space (NUL, ESC, DEL, C1 controls…).</summary>
    public static bool IsStrayControl(char c) => char.IsControl(c) && !char.IsWhiteSpace(c);

    /// <summary>How many characters of <paramref name="text"/> are stray controls (<see cref="IsStrayControl"/>).</summary>
    public static int CountStrayControls(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is < ' ' or >= '\u007F' && IsStrayControl(c)) count++;
        return count;
    }

    /// <summary>True for an apostrophe, straight or curly.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    /// <summary>True for a hyphen that joins the parts of one word (not a dash).</summary>
    public static bool IsJoiningHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
