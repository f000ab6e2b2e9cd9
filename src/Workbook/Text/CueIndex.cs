namespace Workbook.Text;

/// <summary>
/// Cues looked up by the word a match must start with, so a text is scanned in one pass instead of trying every cue at
/// every word. A cue whose first word has a wildcard is looked up by the two letters it starts with ("su" for
/// "suggest*"), or tried everywhere when it has fewer. The candidates at a word keep the cues' order.
/// </summary>
internal sealed class CueIndex
{
    /// <summary>How many letters of a globbed first word cues are looked up by.</summary>
    public const int PrefixLength = 2;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<(int Order, CuePattern Cue)>> _byFirstWord;
    private readonly Dictionary<string, IReadOnlyList<(int Order, CuePattern Cue)>>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly IReadOnlyList<(int Order, CuePattern Cue)> _wildcards;

    /// <summary>Indexes <paramref name="cues"/>.</summary>
    public CueIndex(IReadOnlyList<CuePattern> cues)
    {
        var numbered = cues.Select((cue, order) => (order, cue)).ToList();
        _byFirstWord = numbered.Where(c => c.cue.FirstWord is not null).GroupBy(c => c.cue.FirstWord!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(int, CuePattern)>)g.ToList(), StringComparer.Ordinal);
        var globbed = numbered.Where(c => c.cue.FirstWord is null).ToList();
        var byPrefix = globbed.Where(c => c.cue.FirstWordPrefix.Length >= PrefixLength).GroupBy(c => c.cue.FirstWordPrefix[..PrefixLength], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(int, CuePattern)>)g.ToList(), StringComparer.Ordinal);
        _byPrefix = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _wildcards = globbed.Where(c => c.cue.FirstWordPrefix.Length < PrefixLength).ToList();
    }

    /// <summary>The first words cues are looked up by.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>The <see cref="PrefixLength"/>-letter starts globbed cues are looked up by.</summary>
    public IEnumerable<string> Prefixes => _byPrefix.Dictionary.Keys;

    /// <summary>True when a cue may start at any word (its first word has a wildcard within its first <see cref="PrefixLength"/> letters).</summary>
    public bool StartsAnywhere => _wildcards.Count > 0;

    /// <summary>The first cue, in the cues' order, that matches at <paramref name="start"/>, with the index just past its match; null when none does.</summary>
    public (CuePattern Cue, int End)? FirstMatchAt(IReadOnlyList<string> words, int start)
    {
        var word = words[start];
        (CuePattern, int)? best = null;
        var bestOrder = int.MaxValue;
        void Try(IReadOnlyList<(int Order, CuePattern Cue)>? candidates)
        {
            if (candidates is null) return;
            foreach (var (order, cue) in candidates)
            {
                if (order >= bestOrder) continue;
                var end = cue.MatchAt(words, start);
                if (end >= 0) (best, bestOrder) = ((cue, end), order);
            }
        }
        Try(_byFirstWord.GetValueOrDefault(word));
        if (word.Length >= PrefixLength && _byPrefix.TryGetValue(word.AsSpan(0, PrefixLength), out var globbed)) Try(globbed);
        Try(_wildcards);
        return best;
    }
}
