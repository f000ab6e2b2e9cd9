using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Separates an article from the page it was scraped from. Works line by line on the raw text and
/// never changes it: kept lines become <see cref="TextBlock"/>s (headings, body paragraphs, list items,
/// including a "* " list that starts mid-line), removed lines become <see cref="Removal"/>s with a reason.
/// </summary>
internal static class ArticleCleaner
{
    /// <summary>Cleans <paramref name="raw"/>; offsets in the result index into it.</summary>
    public static CleanedText Clean(string raw)
    {
        var blocks = new List<TextBlock>();
        var removals = new List<Removal>();
        var inLinkList = false;
        var lineNumber = 0;
        var lineStart = 0;
        while (lineStart <= raw.Length)
        {
            lineNumber++;
            var newline = raw.AsSpan(lineStart).IndexOfAny('\r', '\n');
            if (newline >= 0) newline += lineStart;
            var lineEnd = newline < 0 ? raw.Length : newline;
            var (start, end) = Trim(raw, lineStart, lineEnd);
            if (end > start)
            {
                var line = raw.AsSpan(start, end - start);
                var reason = ChromeRules.ReasonFor(line);
                if (reason is null && ChromeRules.IsLinkListHeading(line))
                {
                    reason = "link list heading";
                    inLinkList = true;
                }
                else if (reason is null && inLinkList)
                {
                    if (ChromeRules.LooksLikeLinkedHeadline(line)) reason = "link list item";
                    else inLinkList = false;
                }

                if (reason is not null) removals.Add(new Removal(lineNumber, reason, start, end));
                else if (blocks.Count == 0 && HeadingRules.IsTitle(line) && BlankLineFollows(raw, lineEnd)) blocks.Add(new TextBlock(ParagraphRole.Heading, start, end));
                else AddBlocks(raw, start, end, blocks);
            }
            if (newline < 0) break;
            lineStart = newline + (raw[newline] == '\r' && newline + 1 < raw.Length && raw[newline + 1] == '\n' ? 2 : 1);
        }
        return new CleanedText(blocks, removals);
    }

    private static void AddBlocks(string raw, int start, int end, List<TextBlock> blocks)
    {
        if (TryListMarker(raw, start, end, out var itemStart))
        {
            AddWithInlineList(raw, ParagraphRole.ListItem, itemStart, end, blocks);
            return;
        }
        var role = HeadingRules.IsHeading(raw.AsSpan(start, end - start)) ? ParagraphRole.Heading : ParagraphRole.Body;
        if (role == ParagraphRole.Heading) blocks.Add(new TextBlock(role, start, end));
        else AddWithInlineList(raw, role, start, end, blocks);
    }

    /// <summary>Splits "… end of sentence. * Next item: …" into the text before and a list item after.</summary>
    private static void AddWithInlineList(string raw, ParagraphRole role, int start, int end, List<TextBlock> blocks)
    {
        var searchFrom = start;
        while (true)
        {
            var marker = raw.IndexOf(" * ", searchFrom, end - searchFrom, StringComparison.Ordinal);
            if (marker < 0 || marker == start || !IsSentenceEnd(raw[marker - 1]))
            {
                if (marker >= 0) { searchFrom = marker + 3; continue; }
                blocks.Add(new TextBlock(role, start, end));
                return;
            }
            blocks.Add(new TextBlock(role, start, marker));
            (start, _) = Trim(raw, marker + 3, end);
            role = ParagraphRole.ListItem;
            searchFrom = start;
        }
    }

    /// <summary>True when the line ending at <paramref name="lineEnd"/> is followed by a blank line and then more text.</summary>
    private static bool BlankLineFollows(string raw, int lineEnd)
    {
        var i = SkipLineEnd(raw, lineEnd);
        var blank = i;
        while (blank < raw.Length && raw[blank] is not ('\r' or '\n') && TextNormalizer.IsBlank(raw[blank])) blank++;
        if (i >= raw.Length || blank >= raw.Length || raw[blank] is not ('\r' or '\n')) return false;
        for (var rest = SkipLineEnd(raw, blank); rest < raw.Length; rest++) if (!TextNormalizer.IsBlank(raw[rest]) && raw[rest] is not ('\r' or '\n')) return true;
        return false;
    }

    private static int SkipLineEnd(string raw, int i) =>
        i >= raw.Length ? i : raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n' ? i + 2 : i + 1;

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ':' or '"' or '\u201D';

    private static bool TryListMarker(string raw, int start, int end, out int itemStart)
    {
        itemStart = start;
        var c = raw[start];
        if (c is '-' or '*' or '\u2022' or '\u2013' or '\u25AA' && start + 1 < end && raw[start + 1] == ' ')
        {
            itemStart = start + 2;
        }
        else
        {
            var i = start;
            while (i < end && i - start < 3 && char.IsDigit(raw[i])) i++;
            if (i == start || i + 1 >= end || raw[i] is not ('.' or ')') || raw[i + 1] != ' ') return false;
            itemStart = i + 2;
        }
        (itemStart, _) = Trim(raw, itemStart, end);
        return itemStart < end;
    }

    private static (int Start, int End) Trim(string raw, int start, int end)
    {
        while (start < end && TextNormalizer.IsBlank(raw[start])) start++;
        while (end > start && TextNormalizer.IsBlank(raw[end - 1])) end--;
        return (start, end);
    }
}
