namespace Workbook.Text;

/// <summary>Stop lists: function words left out of counts that are about content.</summary>
internal static class StopWords
{
    /// <summary>Parses a stop list (<see cref="ListFile"/> format), each entry normalised like a token's norm.</summary>
    public static IReadOnlySet<string> Parse(string text) =>
        ListFile.Entries(text).Select(e => TextNormalizer.Normalize(e.Entry)).ToHashSet(StringComparer.Ordinal);
}
