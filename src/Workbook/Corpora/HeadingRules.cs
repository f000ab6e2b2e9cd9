namespace Workbook.Corpora;

/// <summary>
/// Decides whether a kept line is a heading. A heading is short, starts with a capital, and does not
/// end like a sentence (no closing full stop, colon, semicolon or comma). A line ending in a question
/// mark counts only when it is in title case ("So Who is Right?"); the first line of a text counts
/// when it ends without punctuation, because that is where a headline stands.
/// </summary>
internal static class HeadingRules
{
    private const int MaxWords = 14;

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "as", "is", "are", "was", "be", "vs", "via", "into", "onto", "over", "per", "than", "that", "not",
    };

    /// <summary>
    /// True when <paramref name="line"/> (trimmed), standing first in a text with a blank line after it, is the text's
    /// title, whatever its last character ("Should we compete or cooperate?"): one sentence of at most
    /// <see cref="MaxTitleWords"/> words, or of at most <see cref="MaxStatementTitleWords"/> when it ends with a full stop
    /// or an exclamation mark, so that a news text's one-sentence lead paragraph stays body text.
    /// </summary>
    public static bool IsTitle(ReadOnlySpan<char> line)
    {
        if (line.Length == 0) return false;
        for (var i = 0; i + 1 < line.Length; i++)
            if (line[i] is '.' or '!' or '?' && char.IsWhiteSpace(line[i + 1]) && HasLetterAfter(line[(i + 1)..])) return false;
        var limit = LastMeaningfulChar(line) is '.' or '!' ? MaxStatementTitleWords : MaxTitleWords;
        return ChromeRules.WordCount(line, limit + 1) <= limit;
    }

    /// <summary>Most words in a title line.</summary>
    public const int MaxTitleWords = 20;

    /// <summary>Most words in a title line that ends like a statement, with a full stop or an exclamation mark.</summary>
    public const int MaxStatementTitleWords = 12;

    private static bool HasLetterAfter(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>True when <paramref name="line"/> (trimmed) reads as a heading.</summary>
    public static bool IsHeading(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || !char.IsUpper(FirstLetter(line))) return false;
        var last = LastMeaningfulChar(line);
        if (last is '.' or ':' or ';' or ',' or '!') return false;
        if (ChromeRules.WordCount(line, MaxWords + 1) > MaxWords) return false;
        return last != '?' || IsTitleCase(line.ToString());
    }

    /// <summary>True when most words that are not minor words start with a capital or a digit.</summary>
    public static bool IsTitleCase(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')'))
            .Where(w => w.Length > 0)
            .ToList();
        var major = words.Skip(1).Where(w => !MinorWords.Contains(w)).ToList();
        if (major.Count == 0) return true;
        var capitalised = major.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        return capitalised * 4 >= major.Count * 3;
    }

    private static char FirstLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line) if (char.IsLetterOrDigit(c)) return char.IsDigit(c) ? 'A' : c;
        return 'a';
    }

    private static char LastMeaningfulChar(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var c = line[i];
            if (c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' || char.IsWhiteSpace(c)) continue;
            return c;
        }
        return '\0';
    }
}
