namespace Workbook;

/// <summary>Groups of interchangeable topic terms (<c>Data/topic-synonyms.txt</c>, or a corpus's own <c>synonyms.txt</c>).</summary>
public sealed class TopicSynonyms
{
    private TopicSynonyms(IReadOnlyList<IReadOnlyList<string>> groups) => Groups = groups;

    /// <summary>The groups; each term is a norm or a glob.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>The built-in consent vocabulary.</summary>
    public static TopicSynonyms Default { get; } = Parse(DataFiles.Read("topic-synonyms.txt"));

    /// <summary>Parses one comma-separated group per line; '#' comments.</summary>
    public static TopicSynonyms Parse(string text) => new(text.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => (IReadOnlyList<string>)l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => TextNormalizer.Normalize(t)).ToList())
        .ToList());

    /// <summary>The group that <paramref name="norm"/> belongs to, or null.</summary>
    public IReadOnlyList<string>? GroupOf(string norm) => Groups.FirstOrDefault(g => g.Any(term => TermPattern.Glob(term, norm)));
}
