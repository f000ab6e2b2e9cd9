namespace Workbook.Text;

/// <summary>
/// Stance markers by category, read from a marker file: "[category]" headers named as <see cref="StanceMarkerCategory"/>
/// values (see <see cref="EnumNames"/>), one <see cref="CuePattern"/> a line, plus "[imperative]": base verbs that, opening
/// a sentence, make it an imperative.
/// </summary>
public sealed class MarkerLexicon
{
    private const string ImperativeSection = "imperative";
    private readonly IReadOnlyDictionary<StanceMarkerCategory, IReadOnlyList<CuePattern>> _markers;

    private MarkerLexicon(IReadOnlyDictionary<StanceMarkerCategory, IReadOnlyList<CuePattern>> markers, IReadOnlySet<string> imperatives)
    {
        _markers = markers;
        Imperatives = imperatives;
        Indexes = Enum.GetValues<StanceMarkerCategory>().Select(c => (c, new CueIndex(this[c]))).ToList();
        Starts = new CueStarts(Indexes.Select(i => i.Index));
    }

    /// <summary>Every category, in declaration order, with its markers indexed by the words they start with.</summary>
    internal IReadOnlyList<(StanceMarkerCategory Category, CueIndex Index)> Indexes { get; }

    /// <summary>Where markers may start, category k of <see cref="Indexes"/> answering to list k.</summary>
    internal CueStarts Starts { get; }

    /// <summary>The markers of <paramref name="category"/> (empty when the file has none).</summary>
    public IReadOnlyList<CuePattern> this[StanceMarkerCategory category] => _markers.GetValueOrDefault(category) ?? [];

    /// <summary>Base verbs that open an imperative sentence, as norms.</summary>
    public IReadOnlySet<string> Imperatives { get; }

    /// <summary>Parses a marker file.</summary>
    /// <exception cref="FormatException">An unknown section, a marker before any section, or a bad marker; the message gives the line.</exception>
    public static MarkerLexicon Parse(string text)
    {
        var markers = new Dictionary<StanceMarkerCategory, List<CuePattern>>();
        var imperatives = new HashSet<string>(StringComparer.Ordinal);
        StanceMarkerCategory? category = null;
        var inImperatives = false;
        foreach (var (line, entry) in ListFile.Entries(text))
        {
            if (entry.StartsWith('[') && entry.EndsWith(']'))
            {
                var name = entry[1..^1].Trim();
                inImperatives = name == ImperativeSection;
                if (inImperatives) { category = null; continue; }
                if (!EnumNames.TryParse<StanceMarkerCategory>(name, out var parsed))
                    throw new FormatException($"line {line}: unknown section [{name}] (sections: {string.Join(", ", EnumNames.Names<StanceMarkerCategory>().Append(ImperativeSection))})");
                category = parsed;
                continue;
            }
            if (inImperatives) { imperatives.Add(TextNormalizer.Normalize(entry)); continue; }
            if (category is not { } current) throw new FormatException($"line {line}: \"{entry}\" stands before any [section]");
            if (!markers.TryGetValue(current, out var list)) markers[current] = list = [];
            try { list.Add(new CuePattern(entry)); }
            catch (ArgumentException e) { throw new FormatException($"line {line}: {e.Message}"); }
        }
        return new MarkerLexicon(markers.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<CuePattern>)kv.Value), imperatives);
    }
}
