namespace Workbook;

/// <summary>The English stop list in <c>Data/stopwords-en.txt</c> (function words; negations such as "not" and "without" are kept out on purpose).</summary>
public static class StopWords
{
    private static readonly Lazy<IReadOnlySet<string>> EnglishList = new(() => Parse(DataFiles.Read("stopwords-en.txt")));

    /// <summary>The English stop words, lower case.</summary>
    public static IReadOnlySet<string> English => EnglishList.Value;

    /// <summary>Parses a stop list: one word per line; '#' comments and blank lines ignored.</summary>
    public static IReadOnlySet<string> Parse(string text) => text.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => TextNormalizer.Normalize(line))
        .ToHashSet(StringComparer.Ordinal);
}
