namespace Workbook.Text;

/// <summary>
/// Folds a token's text to its <c>norm</c>: lower case (invariant culture), curly quotes and
/// apostrophes folded to their straight forms, and layout artifacts such as <c>$</c> removed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Returns the normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0') buffer[length++] = folded;
        }
        return new string(buffer[..length]);
    }

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
