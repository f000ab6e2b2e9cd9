namespace Workbook.Text;

/// <summary>
/// The words each of several cue lists can start with (first words, and the two-letter starts of globbed first words),
/// so a scan finds in one look-up which lists have a candidate at a word, and skips every word where none has.
/// </summary>
public sealed class CueStarts
{
    /// <summary>The most lists one instance tells apart; any further list is taken to start anywhere.</summary>
    public const int MaxLists = 32;

    private readonly Dictionary<string, int> _firstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly int _anywhere;
    private readonly bool _beyond;

    /// <summary>The starts of every cue in <paramref name="cueLists"/>, list k answering to bit k.</summary>
    public CueStarts(IEnumerable<IReadOnlyList<CuePattern>> cueLists)
    {
        var lists = cueLists.ToList();
        _beyond = lists.Count > MaxLists;
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var list = 0; list < Math.Min(lists.Count, MaxLists); list++)
            foreach (var cue in lists[list])
            {
                var bit = 1 << list;
                if (cue.FirstWord is { } word) _firstWords[word] = _firstWords.GetValueOrDefault(word) | bit;
                else if (cue.FirstWordPrefix.Length >= CueIndex.PrefixLength)
                {
                    var prefix = cue.FirstWordPrefix[..CueIndex.PrefixLength];
                    prefixes[prefix] = prefixes.GetValueOrDefault(prefix) | bit;
                }
                else _anywhere |= bit;
            }
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lists with a cue that may start at <paramref name="word"/>.</summary>
    public CueListSet ListsStartingWith(string word) => new(_anywhere | _firstWords.GetValueOrDefault(word)
        | (word.Length >= CueIndex.PrefixLength && _prefixes.TryGetValue(word.AsSpan(0, CueIndex.PrefixLength), out var lists) ? lists : 0), _beyond);
}
