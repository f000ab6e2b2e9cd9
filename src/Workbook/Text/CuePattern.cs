namespace Workbook.Text;

/// <summary>
/// A cue phrase matched over a sentence's word norms: words separated by spaces, '*' and '?' wildcards within a
/// word (see <see cref="Glob"/>), and '~' for a gap of up to <see cref="MaxGap"/> words ("only ~ if").
/// </summary>
public sealed class CuePattern
{
    /// <summary>The most words a '~' may skip.</summary>
    public const int MaxGap = 5;

    private readonly string[] _parts;
    private readonly int _gaps;

    /// <summary>Parses a cue phrase.</summary>
    public CuePattern(string text)
    {
        Text = text.Trim();
        _parts = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p == "~" ? p : TextNormalizer.Normalize(p)).ToArray();
        if (_parts.Length == 0 || _parts[0] == "~" || _parts[^1] == "~") throw new ArgumentException($"cue \"{text}\" must start and end with a word");
        _gaps = _parts.Count(p => p == "~");
    }

    /// <summary>The cue as written.</summary>
    public string Text { get; }

    /// <summary>The word every match starts with, or null when the first word has a wildcard.</summary>
    public string? FirstWord => _parts[0].AsSpan().IndexOfAny('*', '?') < 0 ? _parts[0] : null;

    /// <summary>The literal characters the first word of every match starts with: all of it, or what stands before its first wildcard ("suggest" for "suggest*").</summary>
    public string FirstWordPrefix => _parts[0].AsSpan().IndexOfAny('*', '?') is var wildcard and >= 0 ? _parts[0][..wildcard] : _parts[0];

    /// <summary>
    /// The index just past the match that starts at <paramref name="start"/>, or -1. A cue with two or more gaps
    /// remembers which (word, part) pairs failed, so even "* ~ * ~ * ~ …" takes time linear in its parts per start.
    /// </summary>
    public int MatchAt(IReadOnlyList<string> words, int start) =>
        Match(words, start, 0, _gaps >= 2 ? new HashSet<(int, int)>() : null);

    private int Match(IReadOnlyList<string> words, int position, int part, HashSet<(int Position, int Part)>? failed)
    {
        if (part == _parts.Length) return position;
        if (failed is not null && failed.Contains((position, part))) return -1;
        var end = -1;
        if (_parts[part] == "~")
        {
            for (var skip = 0; skip <= MaxGap && position + skip < words.Count && end < 0; skip++)
                end = Match(words, position + skip, part + 1, failed);
        }
        else if (position < words.Count && Glob.Matches(_parts[part], words[position]))
            end = Match(words, position + 1, part + 1, failed);
        if (end < 0) failed?.Add((position, part));
        return end;
    }
}
