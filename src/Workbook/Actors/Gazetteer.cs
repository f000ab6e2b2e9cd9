using Workbook.Text;

namespace Workbook.Actors;

/// <summary>
/// Actors known before reading a text, and the titles that announce a person's name, read from gazetteer files:
/// "kind: canonical | alias | alias" lines (<see cref="ListFile"/> format), kind a <see cref="ActorKind"/> name, and
/// "title: President | Prime Minister" lines.
/// </summary>
public sealed class Gazetteer
{
    private Gazetteer(IReadOnlyList<GazetteerEntry> entries, IReadOnlyList<string> titles) { Entries = entries; Titles = titles; }

    /// <summary>The actors, in file order.</summary>
    internal IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Titles that, written before capitalised words, make them a person's name.</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Parses a gazetteer file.</summary>
    /// <exception cref="FormatException">A line without a known kind or without a name; the message gives the line.</exception>
    public static Gazetteer Parse(string text)
    {
        var entries = new List<GazetteerEntry>();
        var titles = new List<string>();
        foreach (var (line, entry) in ListFile.Entries(text))
        {
            var colon = entry.IndexOf(':');
            if (colon <= 0) throw new FormatException($"line {line}: expected \"kind: name | alias…\"");
            var kind = entry[..colon].Trim();
            var names = entry[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length == 0) throw new FormatException($"line {line}: \"{kind}:\" names nothing");
            if (kind == "title") { titles.AddRange(names); continue; }
            if (!EnumNames.TryParse<ActorKind>(kind, out var parsed))
                throw new FormatException($"line {line}: unknown kind \"{kind}\" ({string.Join(", ", EnumNames.Names<ActorKind>().Append("title"))})");
            entries.Add(new GazetteerEntry(names[0], parsed, names));
        }
        return new Gazetteer(entries, titles);
    }

    /// <summary>This gazetteer with <paramref name="overlay"/>'s entries added, an entry of the same name replaced, and its titles added.</summary>
    public Gazetteer With(Gazetteer overlay)
    {
        var replaced = overlay.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return new Gazetteer(Entries.Where(e => !replaced.Contains(e.Name)).Concat(overlay.Entries).ToList(), Titles.Concat(overlay.Titles).Distinct().ToList());
    }
}
