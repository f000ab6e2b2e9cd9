using Workbook.Text;

namespace Workbook.Frames;

/// <summary>
/// Frames by name, each with its cues, read from frame files: "[frame name]" headers, one <see cref="CuePattern"/> a line
/// (<see cref="ListFile"/> format). Frame names come from the files; none is known to the code.
/// </summary>
public sealed class FrameLexicon
{
    private FrameLexicon(IReadOnlyList<(string Frame, IReadOnlyList<CuePattern> Cues)> frames) => Frames = frames;

    /// <summary>The frames in file order, each with its cues.</summary>
    public IReadOnlyList<(string Frame, IReadOnlyList<CuePattern> Cues)> Frames { get; }

    /// <summary>No frames.</summary>
    public static FrameLexicon Empty { get; } = new([]);

    /// <summary>Parses a frame file.</summary>
    /// <exception cref="FormatException">A cue before any frame, or a bad cue; the message gives the line.</exception>
    public static FrameLexicon Parse(string text)
    {
        var frames = new List<(string Frame, List<CuePattern> Cues)>();
        foreach (var (line, entry) in ListFile.Entries(text))
        {
            if (entry.StartsWith('[') && entry.EndsWith(']')) { frames.Add((entry[1..^1].Trim(), [])); continue; }
            if (frames.Count == 0) throw new FormatException($"line {line}: \"{entry}\" stands before any [frame]");
            try { frames[^1].Cues.Add(new CuePattern(entry)); }
            catch (ArgumentException e) { throw new FormatException($"line {line}: {e.Message}"); }
        }
        return new FrameLexicon(frames.Select(f => (f.Frame, (IReadOnlyList<CuePattern>)f.Cues)).ToList());
    }

    /// <summary>These frames with <paramref name="overlay"/>'s: a frame of the same name gains its cues, a new one is added after.</summary>
    public FrameLexicon With(FrameLexicon overlay)
    {
        var merged = Frames.Select(f => (f.Frame, Cues: f.Cues.Concat(overlay.Frames.Where(o => o.Frame == f.Frame).SelectMany(o => o.Cues)).ToList())).ToList();
        merged.AddRange(overlay.Frames.Where(o => Frames.All(f => f.Frame != o.Frame)).Select(o => (o.Frame, o.Cues.ToList())));
        return new FrameLexicon(merged.Select(f => (f.Frame, (IReadOnlyList<CuePattern>)f.Cues)).ToList());
    }
}
