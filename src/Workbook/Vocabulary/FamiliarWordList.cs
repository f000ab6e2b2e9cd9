using System.Text.RegularExpressions;
using Workbook.Text;

namespace Workbook.Vocabulary;

/// <summary>
/// Reads the New Dale–Chall familiar-word list as the npm package <c>dale-chall</c> ships it: a JavaScript module whose
/// array holds one quoted word per entry (in single or double quotes). The words are read from the package at build time, never copied into code.
/// </summary>
internal static partial class FamiliarWordList
{
    /// <summary>The words of the module <paramref name="javascript"/>, as norms.</summary>
    /// <exception cref="FormatException">The module holds no quoted words.</exception>
    public static IReadOnlySet<string> Parse(string javascript)
    {
        var words = QuotedWord().Matches(javascript).Select(m => TextNormalizer.Normalize(m.Groups["word"].Value)).ToHashSet(StringComparer.Ordinal);
        return words.Count > 0 ? words : throw new FormatException("the familiar-word module holds no quoted words");
    }

    [GeneratedRegex("^\\s*(?:'(?<word>[^'\\n]+)'|\"(?<word>[^\"\\n]+)\"),?\\s*$", RegexOptions.Multiline)]
    private static partial Regex QuotedWord();
}
