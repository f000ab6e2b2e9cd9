using Workbook.Text;

namespace Workbook.Display;

/// <summary>Escapes text for Markdown so that it reads as written: no emphasis, code, links or HTML from the text itself.</summary>
internal static class MarkdownEscape
{
    /// <summary>
    /// <paramref name="text"/> with the characters that start emphasis, code, links, images, tables and the emphasis
    /// extras backslash-escaped, and '&lt;' and '&amp;' written as entities, so no autolink, raw HTML or entity can come
    /// from it. Line ends become spaces and leading white space goes, and a list marker at the start ("-", "1.") is
    /// escaped, so it cannot start a block of its own. Text holding bidi controls or right-to-left letters is isolated
    /// (<see cref="BidiIsolation"/>), so it cannot reorder the sentence around it.
    /// </summary>
    public static string Text(string text)
    {
        text = new string(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray()).TrimStart(' ');
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((i == 0 && c is '-') || (i == digits && digits > 0 && c is '.' or ')'))
            {
                escaped.Append('\\').Append(c);
                continue;
            }
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '>' or '#' or '|' or '~' or '^' or '+' or '=':
                    escaped.Append('\\').Append(c); break;
                default: escaped.Append(c); break;
            }
        }
        return BidiIsolation.Isolate(escaped.ToString());
    }
}
