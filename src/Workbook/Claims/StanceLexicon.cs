namespace Workbook;

/// <summary>
/// The cue lists of <c>Data/stance-cues.txt</c>: topic terms whose frame depends on negation, cues of the
/// constraint and autonomy frames, negation words, and markers of argumentative sentences.
/// </summary>
public sealed class StanceLexicon
{
    private StanceLexicon(IReadOnlyDictionary<string, IReadOnlyList<CuePattern>> sections) => Sections = sections;

    /// <summary>Cue patterns by section name ("topic", "constraint", "autonomy", "negation", "evaluation", "prediction", "rebuttal").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CuePattern>> Sections { get; }

    /// <summary>The cues in one section (empty when absent).</summary>
    public IReadOnlyList<CuePattern> this[string section] => Sections.GetValueOrDefault(section) ?? [];

    /// <summary>The built-in lexicon.</summary>
    public static StanceLexicon Default { get; } = Parse(DataFiles.Read("stance-cues.txt"));

    /// <summary>Parses the cue file format: "[section]" headers, one cue per line, '#' comments.</summary>
    public static StanceLexicon Parse(string text)
    {
        var sections = new Dictionary<string, List<CuePattern>>(StringComparer.Ordinal);
        List<CuePattern>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                sections[line[1..^1]] = current;
                continue;
            }
            (current ?? throw new ArgumentException($"cue \"{line}\" stands before any [section]")).Add(new CuePattern(line));
        }
        return new StanceLexicon(sections.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<CuePattern>)kv.Value));
    }
}
