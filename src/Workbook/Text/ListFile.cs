namespace Workbook.Text;

/// <summary>
/// The line format shared by every word list and cue file: one entry a line, surrounding white space trimmed,
/// blank lines and lines starting with '#' ignored. CR, LF and CRLF all end a line.
/// </summary>
internal static class ListFile
{
    /// <summary>The entries of <paramref name="text"/> with their 1-based line numbers, in order.</summary>
    public static IEnumerable<(int Line, string Entry)> Entries(string text) => text
        .ReplaceLineEndings("\n")
        .Split('\n')
        .Select((line, i) => (Line: i + 1, Entry: line.Trim()))
        .Where(e => e.Entry.Length > 0 && !e.Entry.StartsWith('#'));
}
