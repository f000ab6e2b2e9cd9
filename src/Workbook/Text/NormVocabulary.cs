namespace Workbook.Text;

/// <summary>
/// Interns token norms: each distinct norm gets a dense integer id, so token stores and counts
/// work on integers. Ids are assigned in order of first appearance, which makes them deterministic
/// for a given corpus.
/// </summary>
internal sealed class NormVocabulary : INormInterner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly List<string> _terms = [];

    /// <summary>Creates an empty vocabulary.</summary>
    public NormVocabulary() => _spanLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of distinct norms.</summary>
    public int Count => _terms.Count;

    /// <summary>The norm with the given id.</summary>
    public string this[int id] => _terms[id];

    /// <summary>Every norm, indexed by id.</summary>
    internal IReadOnlyList<string> Terms => _terms;

    /// <summary>Returns the id of <paramref name="norm"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> norm)
    {
        if (_spanLookup.TryGetValue(norm, out var id)) return id;
        var term = norm.ToString();
        id = _terms.Count;
        _terms.Add(term);
        _ids.Add(term, id);
        return id;
    }

    /// <summary>Adds <paramref name="norm"/>, which the vocabulary must not hold yet, as the next id.</summary>
    internal int Append(string norm)
    {
        var id = _terms.Count;
        _ids.Add(norm, id);
        _terms.Add(norm);
        return id;
    }

    /// <summary>Looks up the id of a norm without adding it.</summary>
    public bool TryGetId(string norm, out int id) => _ids.TryGetValue(norm, out id);
}
