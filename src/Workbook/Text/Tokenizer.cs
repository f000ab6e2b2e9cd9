using System.Globalization;
using System.Runtime.CompilerServices;

namespace Workbook.Text;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols. Words keep inner hyphens and
/// apostrophes ("high-stakes", "isn't", "F-16s"); numbers keep separators ("5,000", "3.5");
/// every punctuation mark is its own token. Layout artifacts such as <c>$1962$</c> yield the
/// number alone, and <c>$21$st</c> one token whose norm is "21st".
/// </summary>
internal static class Tokenizer
{
    /// <summary>Receives each token as it is found.</summary>
    public delegate void TokenSink(int start, int end, TokenKind kind, ReadOnlySpan<char> norm);

    /// <summary>Norms of the tokens of <paramref name="text"/> in order: all of them, or only words and numbers.</summary>
    public static IReadOnlyList<string> Norms(string text, bool wordsOnly)
    {
        var norms = new List<string>();
        Tokenize(text, 0, text.Length, (_, _, kind, norm) =>
        {
            if (!wordsOnly || kind is TokenKind.Word or TokenKind.Number) norms.Add(norm.ToString());
        });
        return norms;
    }

    /// <summary>Tokenises the whole of <paramref name="text"/>.</summary>
    internal static IReadOnlyList<TokenSpan> Tokenize(string text)
    {
        var tokens = new List<TokenSpan>();
        Tokenize(text, 0, text.Length, (s, e, k, n) => tokens.Add(new TokenSpan(s, e, k, n.ToString())));
        return tokens;
    }

    /// <summary>Tokenises <c>text[start..end)</c>, reporting offsets into <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(string text, int start, int end, TokenSink sink)
    {
        Span<char> norm = stackalloc char[128];
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (TextNormalizer.IsBlank(c) || TextNormalizer.IsInvisible(c)) { i++; continue; }

            if (c == '$' && TryReadDollarArtifact(text, i, end, out var numStart, out var numEnd, out var next))
            {
                var kind = numEnd < next ? TokenKind.Word : TokenKind.Number;
                Emit(text, numStart, next > numEnd ? next : numEnd, kind, sink, ref norm);
                i = next > numEnd ? next : numEnd + 1;
                continue;
            }

            if (char.IsLetter(c) && TryReadInitialism(text, i, end, out var initialismEnd))
            {
                Emit(text, i, initialismEnd, TokenKind.Word, sink, ref norm);
                i = initialismEnd;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var tokenEnd = char.IsDigit(c) ? ReadNumber(text, i, end) : i;
                var kind = tokenEnd > i ? TokenKind.Number : TokenKind.Word;
                var wordEnd = ReadWord(text, tokenEnd, end);
                if (wordEnd > tokenEnd) { kind = TokenKind.Word; tokenEnd = wordEnd; }
                Emit(text, i, tokenEnd, kind, sink, ref norm);
                i = tokenEnd;
                continue;
            }

            var category = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            var width = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
            Emit(text, i, i + width, category, sink, ref norm);
            i += width;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Emit(string text, int start, int end, TokenKind kind, TokenSink sink, ref Span<char> norm)
    {
        var raw = text.AsSpan(start, end - start);
        if (raw.Length > norm.Length) norm = new char[raw.Length];
        var length = TextNormalizer.FoldInto(raw, norm, out var beyondLatin1);
        if (beyondLatin1 && TextNormalizer.Canonical(raw) is { } canonical)
        {
            if (canonical.Length > norm.Length) norm = new char[canonical.Length];
            length = TextNormalizer.FoldInto(canonical, norm, out _);
        }
        sink(start, end, kind, norm[..length]);
    }

    /// <summary>
    /// Reads letters and digits joined by single hyphens or apostrophes. Invisible format characters between two
    /// parts of a word (a zero-width space, a soft hyphen) stay inside it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadWord(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (IsWordPart(c)) { i++; continue; }
            if (TextNormalizer.IsInvisible(c))
            {
                var next = SkipInvisible(text, i, end);
                if (next < end && i > 0 && IsWordPart(text[i - 1]) && char.IsLetterOrDigit(text[next])) { i = next; continue; }
                break;
            }
            if (!IsJoiner(text, i, end) || i == 0 || !IsWordPart(text[i - 1])) break;
            i = SkipInvisible(text, i + 1, end);
        }
        return i;
    }

    /// <summary>A letter, a digit, or a mark written over one (the accent of a decomposed "é").</summary>
    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>True when a hyphen or apostrophe at <paramref name="i"/> is followed, past any invisible characters, by a letter or digit.</summary>
    private static bool IsJoiner(string text, int i, int end)
    {
        if (!TextNormalizer.IsJoiningHyphen(text[i]) && !TextNormalizer.IsApostrophe(text[i])) return false;
        var next = SkipInvisible(text, i + 1, end);
        return next < end && char.IsLetterOrDigit(text[next]);
    }

    private static int SkipInvisible(string text, int i, int end)
    {
        while (i < end && TextNormalizer.IsInvisible(text[i])) i++;
        return i;
    }

    /// <summary>Recognises initialisms written with periods, such as "U.S." or "e.g.", final period included.</summary>
    private static bool TryReadInitialism(string text, int i, int end, out int initialismEnd)
    {
        initialismEnd = i;
        var letters = 0;
        while (initialismEnd + 1 < end && char.IsLetter(text[initialismEnd]) && text[initialismEnd + 1] == '.')
        {
            letters++;
            initialismEnd += 2;
            if (initialismEnd < end && char.IsLetter(text[initialismEnd]) && (initialismEnd + 1 >= end || text[initialismEnd + 1] != '.')) break;
        }
        var startsWord = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        var endsWord = initialismEnd >= end || !char.IsLetterOrDigit(text[initialismEnd]);
        return letters >= 2 && startsWord && endsWord;
    }

    /// <summary>Reads digits with inner thousands separators or a decimal point.</summary>
    private static int ReadNumber(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsDigit(text[i])) { i++; continue; }
            if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    /// <summary>
    /// Recognises <c>$digits$</c>, a math-mode artifact of some scrapers. On success the number is
    /// <c>[numStart, numEnd)</c> and <paramref name="next"/> is where scanning resumes; ordinal letters
    /// glued after the closing <c>$</c> extend the token to <paramref name="next"/>.
    /// </summary>
    private static bool TryReadDollarArtifact(string text, int i, int end, out int numStart, out int numEnd, out int next)
    {
        numStart = i + 1;
        numEnd = numStart < end && char.IsDigit(text[numStart]) ? ReadNumber(text, numStart, end) : numStart;
        next = numEnd;
        if (numEnd == numStart || numEnd >= end || text[numEnd] != '$') return false;
        var suffixEnd = numEnd + 1;
        while (suffixEnd < end && char.IsLetter(text[suffixEnd])) suffixEnd++;
        next = suffixEnd > numEnd + 1 ? suffixEnd : numEnd;
        return true;
    }
}
