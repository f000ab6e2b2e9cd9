using Workbook.Text;

namespace Workbook.Claims;

/// <summary>One term of a retrieval query with its synonyms: it matches a word whose stem equals one member or whose norm matches a member glob.</summary>
/// <param name="Term">The claim's own word (its stem).</param>
/// <param name="Members">The stem and, for topic terms, every synonym (norms or globs).</param>
/// <param name="Weight">1 for a word of the claim's statement, less for a word only its quoted spans add.</param>
public sealed record QueryUnit(string Term, IReadOnlyList<string> Members, double Weight = 1)
{
    /// <summary>True when the word with <paramref name="norm"/> and <paramref name="stem"/> matches this unit.</summary>
    public bool Matches(string norm, string stem) => Members.Any(m => m == stem || Glob.Matches(m, norm));
}
