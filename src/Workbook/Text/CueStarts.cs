namespace Workbook.Text;

/// <summary>
/// The words the cues of several <see cref="CueIndex"/>es can start with (first words, and the two-letter starts of globbed first words),
/// so a scan finds in one look-up which lists have a candidate at a word, and skips every word where none has.
/// </summary>
internal sealed class CueStarts
{
    /// <summary>The most lists one instance tells apart; any further list is taken to start anywhere.</summary>
    public const int MaxLists = 32;

    private readonly Dictionary<string, int> _firstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly int _anywhere;
    private readonly bool _beyond;

    /// <summary>The starts of every cue of <paramref name="indexes"/>, index k answering to bit k.</summary>
    public CueStarts(IEnumerable<CueIndex> indexes)
    {
        var lists = indexes.ToList();
        _beyond = lists.Count > MaxLists;
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var list = 0; list < Math.Min(lists.Count, MaxLists); list++)
        {
            var bit = 1 << list;
            foreach (var word in lists[list].FirstWords) _firstWords[word] = _firstWords.GetValueOrDefault(word) | bit;
            foreach (var prefix in lists[list].Prefixes) prefixes[prefix] = prefixes.GetValueOrDefault(prefix) | bit;
            if (lists[list].StartsAnywhere) _anywhere |= bit;
        }
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lists with a cue that may start at <paramref name="word"/>.</summary>
    public CueListSet ListsStartingWith(string word) => new(_anywhere | _firstWords.GetValueOrDefault(word)
        | (word.Length >= CueIndex.PrefixLength && _prefixes.TryGetValue(word.AsSpan(0, CueIndex.PrefixLength), out var lists) ? lists : 0), _beyond);

    /// <summary>The lists each norm of <paramref name="vocabulary"/> may start, by norm id: one look-up per distinct norm instead of one per token.</summary>
    public CueListSet[] ByNormId(NormVocabulary vocabulary)
    {
        var lists = new CueListSet[vocabulary.Count];
        for (var id = 0; id < lists.Length; id++) lists[id] = ListsStartingWith(vocabulary[id]);
        return lists;
    }
}
