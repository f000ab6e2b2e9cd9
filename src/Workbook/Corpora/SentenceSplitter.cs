using System.Buffers;
using System.Runtime.CompilerServices;
using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at '.', '!', '?' or '…' (with any closing
/// quotes or brackets) when space and then a capital letter, digit or opening quote follow.
/// Known abbreviations ("Mr.", "Gen.", "e.g."), initialisms ("U.S."), single initials and decimals
/// do not end sentences.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "no", "nos", "vol", "fig", "approx", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?\u2026\u3002\uFF01\uFF1F\uFF0E");

    /// <summary>Returns the sentences of <c>text[start..end)</c> as (start, end) pairs, trimmed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        var sentences = new List<(int, int)>();
        var sentenceStart = Skip(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            var found = text.AsSpan(i, end - i).IndexOfAny(Terminals);
            if (found < 0) break;
            i += found;
            var c = text[i];
            var terminal = i;
            var after = i + 1;
            while (after < end && IsTerminal(text[after])) after++;
            while (after < end && IsCloser(text[after])) after++;
            var next = Skip(text, after, end);
            var ideographic = IsIdeographicTerminal(text[after - 1]) || IsIdeographicTerminal(c);
            if (next >= end || (!ideographic && (next == after || !StartsSentence(text[next]) || (c == '.' && IsAbbreviation(text, sentenceStart, terminal)))))
            {
                i = after;
                continue;
            }
            sentences.Add((sentenceStart, after));
            sentenceStart = next;
            i = next;
        }
        var lastEnd = end;
        while (lastEnd > sentenceStart && TextNormalizer.IsBlank(text[lastEnd - 1])) lastEnd--;
        if (lastEnd > sentenceStart) sentences.Add((sentenceStart, lastEnd));
        return sentences;
    }

    private static int Skip(string text, int i, int end)
    {
        while (i < end && TextNormalizer.IsBlank(text[i])) i++;
        return i;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' || IsIdeographicTerminal(c);

    /// <summary>The full stop, exclamation and question marks of Chinese and Japanese, which end a sentence with no space after them.</summary>
    private static bool IsIdeographicTerminal(char c) => c is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0E';

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u300D' or '\u300F' or '\uFF09';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '-' or '\u2014';

    /// <summary>True when the word before the period at <paramref name="period"/> is an abbreviation.</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.')) return true;
        return AbbreviationSpans.Contains(word);
    }
}
