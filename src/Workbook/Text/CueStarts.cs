namespace Workbook.Text;

/// <summary>
/// The words any of several cue lists can start with (first words, and the two-letter starts of globbed first words),
/// so a scan skips in one look-up every word where no list has a candidate.
/// </summary>
public sealed class CueStarts
{
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly bool _anywhere;

    /// <summary>The starts of every cue in <paramref name="cueLists"/>.</summary>
    public CueStarts(IEnumerable<IReadOnlyList<CuePattern>> cueLists)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cue in cueLists.SelectMany(list => list))
        {
            if (cue.FirstWord is { } word) _firstWords.Add(word);
            else if (cue.FirstWordPrefix.Length >= CueIndex.PrefixLength) prefixes.Add(cue.FirstWordPrefix[..CueIndex.PrefixLength]);
            else _anywhere = true;
        }
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>False when no cue can start at <paramref name="word"/>.</summary>
    public bool MayStartWith(string word) =>
        _anywhere || _firstWords.Contains(word) || (word.Length >= CueIndex.PrefixLength && _prefixes.Contains(word.AsSpan(0, CueIndex.PrefixLength)));
}
