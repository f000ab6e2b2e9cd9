using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// One term of a retrieval query: it matches a word whose stem equals one member or whose norm matches a member glob,
/// and half-matches (<see cref="RetrievalSettings.RelativeCredit"/>) a word whose stem is one of its relatives.
/// </summary>
/// <param name="Term">The claim's own word (its stem).</param>
/// <param name="Members">The stem and the corpus's synonyms of it (norms or globs): full matches.</param>
/// <param name="Weight">1 for a word of the claim's statement, less for a word only its quoted spans add.</param>
/// <param name="Relatives">Stems of WordNet's synonyms, derivations and hypernyms: partial matches.</param>
internal sealed record QueryUnit(string Term, IReadOnlyList<string> Members, double Weight = 1, IReadOnlyList<string>? Relatives = null)
{
    /// <summary>True when the word with <paramref name="norm"/> and <paramref name="stem"/> matches this unit fully.</summary>
    public bool Matches(string norm, string stem) => Members.Any(m => m == stem || Glob.Matches(m, norm));

    /// <summary>True when the word with <paramref name="stem"/> is one of the unit's relatives, not a member.</summary>
    public bool IsRelative(string stem) => Relatives is { } relatives && relatives.Contains(stem);
}
