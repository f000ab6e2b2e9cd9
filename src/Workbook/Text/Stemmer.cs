namespace Workbook.Text;

/// <summary>
/// A light English stemmer for retrieval: strips possessive 's, plural -s/-es/-ies, -ing, -ed and -ment(s), and
/// never shortens a word below three letters. It conflates govern/governing/governed/government and
/// state/states without Porter's aggressiveness.
/// </summary>
internal static class Stemmer
{
    /// <summary>The stem of a token norm.</summary>
    public static string Stem(string norm)
    {
        var word = norm.EndsWith("'s", StringComparison.Ordinal) ? norm[..^2] : norm;
        if (word.Length <= 3 || !word.All(c => char.IsLetter(c) || c == '-')) return word;
        foreach (var (suffix, replacement) in Rules)
        {
            if (word.Length - suffix.Length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            return word[..^suffix.Length] + replacement;
        }
        return word;
    }

    private static readonly (string Suffix, string Replacement)[] Rules =
    [
        ("ments", ""), ("ment", ""), ("ies", "y"), ("ing", ""), ("ied", "y"), ("ed", ""), ("sses", "ss"), ("ss", "ss"), ("es", "e"), ("s", ""),
    ];
}
