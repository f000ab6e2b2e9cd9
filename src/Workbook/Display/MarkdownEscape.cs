namespace Workbook.Display;

/// <summary>Escapes text for Markdown so that it reads as written: no emphasis, code, links or HTML from the text itself.</summary>
public static class MarkdownEscape
{
    /// <summary>
    /// <paramref name="text"/> with the characters that start emphasis, code, links, images, tables and the emphasis
    /// extras backslash-escaped, and '&lt;' and '&amp;' written as entities, so no autolink, raw HTML or entity can come
    /// from it. Line ends become spaces, so it cannot start a block of its own.
    /// </summary>
    public static string Text(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r' or '\n': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '>' or '#' or '|' or '~' or '^' or '+' or '=':
                    escaped.Append('\\').Append(c); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }
}
