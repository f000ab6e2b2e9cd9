namespace Workbook.Text;

/// <summary>
/// Cues looked up by the word a match must start with, so a text is scanned in one pass instead of trying every cue at
/// every word. Cues whose first word has a wildcard are tried everywhere. The candidates at a word keep the cues' order.
/// </summary>
public sealed class CueIndex
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<(int Order, CuePattern Cue)>> _byFirstWord;
    private readonly IReadOnlyList<(int Order, CuePattern Cue)> _wildcards;

    /// <summary>Indexes <paramref name="cues"/>.</summary>
    public CueIndex(IReadOnlyList<CuePattern> cues)
    {
        var numbered = cues.Select((cue, order) => (order, cue)).ToList();
        _byFirstWord = numbered.Where(c => c.cue.FirstWord is not null).GroupBy(c => c.cue.FirstWord!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(int, CuePattern)>)g.ToList(), StringComparer.Ordinal);
        _wildcards = numbered.Where(c => c.cue.FirstWord is null).ToList();
    }

    /// <summary>The first cue, in the cues' order, that matches at <paramref name="start"/>, with the index just past its match; null when none does.</summary>
    public (CuePattern Cue, int End)? FirstMatchAt(IReadOnlyList<string> words, int start)
    {
        var literal = _byFirstWord.GetValueOrDefault(words[start]) ?? [];
        (CuePattern, int)? best = null;
        var bestOrder = int.MaxValue;
        foreach (var (order, cue) in literal.Concat(_wildcards))
        {
            if (order >= bestOrder) continue;
            var end = cue.MatchAt(words, start);
            if (end < 0) continue;
            (best, bestOrder) = ((cue, end), order);
        }
        return best;
    }
}
