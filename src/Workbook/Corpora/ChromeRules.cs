using System.Text.RegularExpressions;

namespace Workbook.Corpora;

/// <summary>
/// Recognises lines that belong to the web page around an article rather than to the article:
/// menus, cookie notices, counters, date stamps, follow and share prompts, comment forms, link
/// lists and copyright footers. Every rule is general; none names a site or a file.
/// </summary>
internal static partial class ChromeRules
{
    private static readonly HashSet<string> BannerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "information", "info", "close", "accept", "reject", "agree", "ok", "okay", "got", "it",
        "manage", "settings", "preferences", "cookie", "cookies", "all", "learn", "dismiss", "continue",
        "privacy", "policy", "allow", "deny", "decline",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BannerWordSpans = BannerWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The reason a line is page chrome, or null when it may be article text.</summary>
    /// <param name="line">The line, trimmed.</param>
    public static string? ReasonFor(ReadOnlySpan<char> line)
    {
        var words = WordCount(line, MaxNoticeWords + 1);
        if (IconLigature().IsMatch(line)) return "site chrome: menu";
        if (words <= MaxNoticeWords && CookieNotice().IsMatch(line)) return "cookie notice";
        if (words <= MaxBannerWords && IsBannerControls(line)) return "site chrome: banner controls";
        if (Navigation().IsMatch(line)) return "site chrome: navigation";
        if (words <= MaxCounterNumbers && Counter().IsMatch(line)) return "counter";
        if (DateStamp().IsMatch(line)) return "date stamp";
        if (CommentForm().IsMatch(line)) return "comment form";
        if (PostMetadata().IsMatch(line)) return "post metadata";
        if (Copyright().IsMatch(line)) return "copyright footer";
        if (IsFollowPrompt(line)) return "follow or share prompt";
        return null;
    }

    /// <summary>True for the heading of a list of links to other stories ("Recent News", "Related posts").</summary>
    public static bool IsLinkListHeading(ReadOnlySpan<char> line) => LinkListHeading().IsMatch(line);

    /// <summary>True for a line that looks like a linked headline: short, with no closing full stop.</summary>
    public static bool LooksLikeLinkedHeadline(ReadOnlySpan<char> line) =>
        WordCount(line, 21) <= 20 && !EndsWithFullStop(line);

    /// <summary>Space-separated words in <paramref name="line"/>, counted without allocating and only up to <paramref name="limit"/>.</summary>
    internal static int WordCount(ReadOnlySpan<char> line, int limit)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++count == limit) return count;
            inWord = !space;
        }
        return count;
    }

    private const int MaxNoticeWords = 60;
    private const int MaxBannerWords = 8;
    /// <summary>A counter ("1.2k 345 12") holds a few numbers; a longer line of numbers is data, not chrome.</summary>
    private const int MaxCounterNumbers = 4;

    private static bool IsBannerControls(ReadOnlySpan<char> line)
    {
        var words = 0;
        foreach (var word in Words().EnumerateMatches(line))
            if (++words > MaxBannerWords || !BannerWordSpans.Contains(line.Slice(word.Index, word.Length))) return false;
        return words > 0;
    }

    private static bool IsFollowPrompt(ReadOnlySpan<char> line) =>
        FollowPrompt().IsMatch(line) && WordCount(line, 16) <= 15 && (!EndsWithFullStop(line) || Platform().IsMatch(line));

    private static bool EndsWithFullStop(ReadOnlySpan<char> line) => line.Length > 0 && line[^1] == '.';

    [GeneratedRegex(@"^[a-z]+(_[a-z]+)+\b")]
    private static partial Regex IconLigature();

    [GeneratedRegex(@"\b(we|this (site|website)|our (site|website))\s+uses?\s+cookies\b|\bcookie (policy|settings|preferences|notice|consent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^(scroll to top|back to top|skip to (main )?content|menu|home|search|sign in|log in|subscribe)$", RegexOptions.IgnoreCase)]
    private static partial Regex Navigation();

    [GeneratedRegex(@"^\d[\d.,]*[kKmM]?(\s+\d[\d.,]*[kKmM]?)*$")]
    private static partial Regex Counter();

    [GeneratedRegex(@"^((updated|published|posted)\s*:?\s*)?(yesterday|today|just now|an? (minute|hour|day|week|month|year) ago|\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateStamp();

    [GeneratedRegex(@"^(leave a (comment|reply)|your email address will not be published|required fields are marked|post comment|cancel reply|\d+\s+comments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentForm();

    [GeneratedRegex(@"^(posted in|filed under|tags?:|categories:|share this( article| story)?:?$)", RegexOptions.IgnoreCase)]
    private static partial Regex PostMetadata();

    [GeneratedRegex(@"^(©|\(c\)\s|copyright\b|all rights reserved)", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(please\s+)?(follow|share|subscribe to|sign up for|join|like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowPrompt();

    [GeneratedRegex(@"\b(google news|facebook|twitter|telegram|whatsapp|instagram|newsletter|youtube)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Platform();

    [GeneratedRegex(@"^(recent|related|latest|popular|trending|more|top)\s+(news|posts|stories|articles|reads)$|^(read more|see also|you may also like|most read)$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkListHeading();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
