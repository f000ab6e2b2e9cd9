using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Groups of interchangeable terms for query expansion: one comma-separated group a line (<see cref="ListFile"/>
/// format); a term is a norm or a <see cref="Glob"/> ("approv*").
/// </summary>
public sealed class SynonymGroups
{
    private SynonymGroups(IReadOnlyList<IReadOnlyList<string>> groups) => Groups = groups;

    /// <summary>The groups, in file order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>No groups.</summary>
    public static SynonymGroups Empty { get; } = new([]);

    /// <summary>Parses a synonyms file.</summary>
    public static SynonymGroups Parse(string text) => new(ListFile.Entries(text)
        .Select(e => (IReadOnlyList<string>)e.Entry.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => TextNormalizer.Normalize(t)).ToList())
        .ToList());

    /// <summary>The first group with a term matching <paramref name="norm"/>, or null.</summary>
    public IReadOnlyList<string>? GroupOf(string norm) => Groups.FirstOrDefault(g => g.Any(term => Glob.Matches(term, norm)));
}
