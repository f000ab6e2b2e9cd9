using System.Collections.Concurrent;
namespace Workbook.Text;

/// <summary>
/// Cue lists by section, read from cue files: "[section]" headers, then one <see cref="CuePattern"/> a line
/// (<see cref="ListFile"/> format). The fixed sections are the <see cref="CueSection"/> names; a file that declares
/// two frames under "[frames]" may also fill one section named after each frame. In a file laid over another with
/// <see cref="With"/>, a line "!cue" removes that cue from the section below.
/// </summary>
public sealed class CueLexicon
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<CuePattern>> _sections;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _removals;

    private CueLexicon(StanceFrames? frames, IReadOnlyDictionary<string, IReadOnlyList<CuePattern>> sections,
        IReadOnlyDictionary<string, IReadOnlyList<string>> removals)
    {
        Frames = frames;
        _sections = sections;
        _removals = removals;
    }

    /// <summary>A lexicon without cues or frames.</summary>
    public static CueLexicon Empty { get; } = new(null, new Dictionary<string, IReadOnlyList<CuePattern>>(), new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The two stance frames the lexicon declares, or null when it declares none.</summary>
    public StanceFrames? Frames { get; }

    /// <summary>The cues of a fixed section (empty when absent).</summary>
    public IReadOnlyList<CuePattern> this[CueSection section] => Section(EnumNames.Name(section));

    /// <summary>The cues of the first frame (<paramref name="sign"/> −1) or the second (+1); empty without frames.</summary>
    public IReadOnlyList<CuePattern> FrameCues(int sign) => Frames is null ? [] : Section(Frames.NameOf(sign));

    /// <summary>Parses a cue file.</summary>
    /// <exception cref="FormatException">An unknown section, a cue before any section, a bad cue, or a frame declaration that is not two names; the message gives the line.</exception>
    public static CueLexicon Parse(string text)
    {
        var sections = new Dictionary<string, List<CuePattern>>(StringComparer.Ordinal);
        var removals = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var frameNames = new List<string>();
        string? current = null;
        foreach (var (line, entry) in ListFile.Entries(text))
        {
            if (entry.StartsWith('[') && entry.EndsWith(']'))
            {
                current = entry[1..^1].Trim();
                var known = EnumNames.TryParse<CueSection>(current, out _) || frameNames.Contains(current);
                if (!known) throw new FormatException($"line {line}: unknown section [{current}] (sections: {string.Join(", ", EnumNames.Names<CueSection>().Concat(frameNames))})");
                continue;
            }
            if (current is null) throw new FormatException($"line {line}: \"{entry}\" stands before any [section]");
            if (current == EnumNames.Name(CueSection.Frames)) { frameNames.Add(entry); continue; }
            try
            {
                if (entry.StartsWith('!')) Add(removals, current, new CuePattern(entry[1..]).Text);
                else Add(sections, current, new CuePattern(entry));
            }
            catch (ArgumentException e) { throw new FormatException($"line {line}: {e.Message}"); }
        }
        if (frameNames.Count is not (0 or 2)) throw new FormatException($"[frames] names {frameNames.Count} frames; it needs exactly two, the first the one a bare topic term stands for");
        var frames = frameNames.Count == 2 ? new StanceFrames(frameNames[0], frameNames[1]) : null;
        return new CueLexicon(frames, Freeze(sections), Freeze(removals));
    }

    /// <summary>
    /// This lexicon with <paramref name="overlay"/> laid over it: the overlay's cues added to each section, its "!cue"
    /// lines removing cues, and its frames (when it declares any) in place of these.
    /// </summary>
    public CueLexicon With(CueLexicon overlay)
    {
        var names = _sections.Keys.Union(overlay._sections.Keys).Order(StringComparer.Ordinal);
        var merged = names.ToDictionary(name => name, name =>
        {
            var removed = overlay._removals.GetValueOrDefault(name) ?? [];
            var below = Section(name).Where(c => !removed.Contains(c.Text));
            return (IReadOnlyList<CuePattern>)below.Concat(overlay.Section(name)).ToList();
        }, StringComparer.Ordinal);
        return new CueLexicon(overlay.Frames ?? Frames, merged, _removals);
    }

    /// <summary>Where a stance reading's cues may start: list 0 the topic terms, 1 the first frame's cues, 2 the second's; built once.</summary>
    internal CueStarts StanceStarts => _stanceStarts ??= new CueStarts([Index(CueSection.Topic), new CueIndex(FrameCues(-1)), new CueIndex(FrameCues(1))]);

    private CueStarts? _stanceStarts;

    /// <summary>The cues of <paramref name="section"/> indexed by the words they start with, built once per section.</summary>
    internal CueIndex Index(CueSection section) => _indexes.GetOrAdd(section, s => new CueIndex(this[s]));

    private readonly ConcurrentDictionary<CueSection, CueIndex> _indexes = new();

    private IReadOnlyList<CuePattern> Section(string name) => _sections.GetValueOrDefault(name) ?? [];

    private static void Add<T>(Dictionary<string, List<T>> sections, string name, T item)
    {
        if (!sections.TryGetValue(name, out var list)) sections[name] = list = [];
        list.Add(item);
    }

    private static Dictionary<string, IReadOnlyList<T>> Freeze<T>(Dictionary<string, List<T>> sections) =>
        sections.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
}
