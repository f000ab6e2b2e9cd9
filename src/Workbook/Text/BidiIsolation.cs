using System.Globalization;
using System.Text;

namespace Workbook.Text;

/// <summary>
/// Keeps corpus text from reordering what surrounds it. A right-to-left override (U+202E) or an Arabic id inside a
/// generated sentence would otherwise reverse the sentence around it ("ssenyeK ,2 retpahc"); text that holds a bidi
/// control or a right-to-left letter is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text form
/// of HTML's &lt;bdi&gt; (Unicode UAX #9), which ends every embedding or override begun inside it.
/// </summary>
internal static class BidiIsolation
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary>True when <paramref name="text"/> holds a bidi control or a right-to-left letter, and so needs isolating.</summary>
    public static bool Needed(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c >= '\u0590' && (IsControl(c) || IsRightToLeft(c))) return true;
        return false;
    }

    /// <summary>
    /// <paramref name="text"/> as it is when it needs no isolating; else wrapped in an isolate, with any pop
    /// (U+2069) that would close the wrapper early left out.
    /// </summary>
    public static string Isolate(string text)
    {
        if (!Needed(text)) return text;
        var isolated = new StringBuilder(text.Length + 2).Append(FirstStrongIsolate);
        var open = 0;
        foreach (var c in text)
        {
            if (c is '\u2066' or '\u2067' or FirstStrongIsolate) open++;
            else if (c == PopDirectionalIsolate)
            {
                if (open == 0) continue;
                open--;
            }
            isolated.Append(c);
        }
        return isolated.Append(PopDirectionalIsolate).ToString();
    }

    private static bool IsControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsRightToLeft(char c) => c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF')
        && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter;
}
