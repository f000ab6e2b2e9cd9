using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Workbook.Text;

/// <summary>
/// Interns norms from several threads at once. Ids depend on which thread gets a norm in first, so they are provisional:
/// the corpus renumbers them into a <see cref="NormVocabulary"/> in order of first appearance once parsing is done.
/// </summary>
internal sealed class ConcurrentNormInterner : INormInterner
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly List<string> _terms = [];
    private readonly Lock _adding = new();

    public ConcurrentNormInterner() => _spanLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of distinct norms.</summary>
    public int Count => _terms.Count;

    /// <summary>The norm with provisional id <paramref name="id"/>; read only once interning is over.</summary>
    public string this[int id] => _terms[id];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<char> norm)
    {
        if (_spanLookup.TryGetValue(norm, out var id)) return id;
        lock (_adding)
        {
            if (_spanLookup.TryGetValue(norm, out id)) return id;
            var term = norm.ToString();
            id = _terms.Count;
            _terms.Add(term);
            _ids[term] = id;
            return id;
        }
    }
}
