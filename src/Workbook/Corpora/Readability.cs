namespace Workbook.Corpora;

/// <summary>Reading time and Flesch reading ease.</summary>
internal static class Readability
{
    /// <summary>Average adult silent reading speed used for reading time.</summary>
    public const double WordsPerMinute = 238;

    /// <summary>Flesch reading ease: 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words). NaN for empty text.</summary>
    public static double FleschReadingEase(int words, int sentences, int syllables) =>
        words == 0 || sentences == 0 ? double.NaN : 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;

    /// <summary>Reading time of <paramref name="words"/> words, rounded to whole seconds.</summary>
    public static TimeSpan ReadingTime(int words) => TimeSpan.FromSeconds(Math.Round(words / WordsPerMinute * 60));

    /// <summary>
    /// Estimates syllables in an English word by counting vowel groups ('y' counts as a vowel after the first letter),
    /// less a silent final 'e' (but not "-le"), at least one. Digits count one syllable per digit group.
    /// </summary>
    public static int Syllables(ReadOnlySpan<char> word)
    {
        var count = 0;
        var previousVowel = false;
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (!char.IsLetter(c)) { previousVowel = false; continue; }
            letters++;
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' || (c == 'y' && i > 0);
            if (vowel && !previousVowel) count++;
            previousVowel = vowel;
        }
        if (letters == 0) return 1;
        var last = word.Length - 1;
        while (last >= 0 && !char.IsLetter(word[last])) last--;
        if (count > 1 && last >= 1 && char.ToLowerInvariant(word[last]) == 'e'
            && !(char.ToLowerInvariant(word[last - 1]) == 'l' && last >= 2 && !IsVowel(word[last - 2]))
            && !IsVowel(word[last - 1]))
            count--;
        return Math.Max(1, count);
    }

    private static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
