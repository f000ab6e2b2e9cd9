using System.Globalization;
using System.Text;
using Workbook.Text;

namespace Workbook.Cli;

/// <summary>
/// Text made safe for a terminal: a control character (ESC starts terminal commands, CR overwrites a line) or an
/// invisible format character (U+202E reverses what follows, U+200B hides a break) is shown as its code, never sent.
/// Line feeds and tabs pass.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with each such character written as \u001B-style text.</summary>
    public static string Printable(string text) => Printable(text.AsSpan());

    /// <summary><paramref name="text"/> with each such character written as \u001B-style text.</summary>
    public static string Printable(ReadOnlySpan<char> text)
    {
        var first = 0;
        while (first < text.Length && !IsUnsafe(text[first])) first++;
        if (first == text.Length) return text.ToString();
        var printable = new StringBuilder(text.Length + 16).Append(text[..first]);
        foreach (var c in text[first..])
        {
            if (IsUnsafe(c)) printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else printable.Append(c);
        }
        return printable.ToString();
    }

    private static bool IsUnsafe(char c) => c is not ('\n' or '\t')
        && (char.IsControl(c) || TextNormalizer.IsInvisible(c));
}
