using System.Text;
using Workbook.Corpora;

namespace Workbook.Cli;

/// <summary>Corpus text made safe for a terminal: a control character (ESC starts terminal commands) is shown as its code, never sent.</summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with each control character written as \u001B-style text.</summary>
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var printable = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            printable.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        return printable.ToString();
    }
}
