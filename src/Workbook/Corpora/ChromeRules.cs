using System.Text.RegularExpressions;

namespace Workbook.Corpora;

/// <summary>
/// Recognises lines that belong to the web page around an article rather than to the article:
/// menus, cookie notices, counters, date stamps, follow and share prompts, comment forms, link
/// lists and copyright footers. Every rule is general; none names a site or a file.
/// </summary>
public static partial class ChromeRules
{
    private static readonly HashSet<string> BannerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "information", "info", "close", "accept", "reject", "agree", "ok", "okay", "got", "it",
        "manage", "settings", "preferences", "cookie", "cookies", "all", "learn", "dismiss", "continue",
        "privacy", "policy", "allow", "deny", "decline",
    };

    /// <summary>The reason a line is page chrome, or null when it may be article text.</summary>
    /// <param name="line">The line, trimmed.</param>
    public static string? ReasonFor(string line)
    {
        var words = WordCount(line);
        if (IconLigature().IsMatch(line)) return "site chrome: menu";
        if (words <= MaxNoticeWords && CookieNotice().IsMatch(line)) return "cookie notice";
        if (words <= MaxBannerWords && IsBannerControls(line)) return "site chrome: banner controls";
        if (Navigation().IsMatch(line)) return "site chrome: navigation";
        if (Counter().IsMatch(line)) return "counter";
        if (DateStamp().IsMatch(line)) return "date stamp";
        if (CommentForm().IsMatch(line)) return "comment form";
        if (PostMetadata().IsMatch(line)) return "post metadata";
        if (Copyright().IsMatch(line)) return "copyright footer";
        if (IsFollowPrompt(line)) return "follow or share prompt";
        return null;
    }

    /// <summary>True for the heading of a list of links to other stories ("Recent News", "Related posts").</summary>
    public static bool IsLinkListHeading(string line) => LinkListHeading().IsMatch(line);

    /// <summary>True for a line that looks like a linked headline: short, with no closing full stop.</summary>
    public static bool LooksLikeLinkedHeadline(string line) =>
        WordCount(line) <= 20 && !line.EndsWith('.');

    /// <summary>Space-separated words in <paramref name="line"/>, counted without allocating.</summary>
    internal static int WordCount(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    private const int MaxNoticeWords = 60;
    private const int MaxBannerWords = 8;

    private static bool IsBannerControls(string line)
    {
        var words = Words().Matches(line);
        return words.Count is > 0 and <= MaxBannerWords && words.All(w => BannerWords.Contains(w.Value));
    }

    private static bool IsFollowPrompt(string line) =>
        FollowPrompt().IsMatch(line) && WordCount(line) <= 15 && (!line.EndsWith('.') || Platform().IsMatch(line));

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
