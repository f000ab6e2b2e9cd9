using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Frames;

/// <summary>
/// The frames family, reached as <c>wb.Frames</c>: the general frame dimensions of policy news and the corpus's own
/// topic frames, found sentence by sentence; each document's share of sentences in each frame.
/// </summary>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// wb.Frames.Shares()                                        // share of each document's sentences per frame
/// wb.Frames.Hits(["economic", "morality"])                  // the sentences of two frames, with their cues
/// wb.Frames.Leading(wb.OpEd)                                // the op-ed's two leading frames
/// FrameCharts.Shares(wb.Frames.Shares())                    // the shares as a chart
/// </code>
/// </example>
public sealed class FramesFamily : IAnalysisFamily
{
    /// <summary>The library's general frame dimensions with the corpus's own topic frames (<c>frames.txt</c>) laid over them.</summary>
    public static Lexicon<FrameLexicon> FrameCues { get; } = Lexicon<FrameLexicon>.ExtendedBy(
        "frame cues", "frames.txt", FrameLexicon.Parse, () => FrameLexicon.Parse(DataFiles.Read("frames.txt")), (library, own) => library.With(own));

    private readonly Lazy<Table<FrameHitRow>> _hits;
    private readonly Lazy<Table<FrameShareRow>> _shares;

    /// <summary>The family over the corpus of <paramref name="inputs"/>, its <see cref="FrameCues"/> and its quotations.</summary>
    public FramesFamily(FamilyInputs inputs)
    {
        var (corpus, frames, quotations) = (inputs.Corpus, inputs.Resources.Lexicon(FrameCues), inputs.Quotations);
        _hits = new(() => FrameFinder.Hits(corpus, frames, quotations).ToTable("frame cue"));
        _shares = new(() => FrameFinder.Shares(corpus, frames, _hits.Value).ToTable("document frame"));
    }

    /// <summary>Every frame cue found, with its offsets.</summary>
    public Table<FrameHitRow> Hits() => _hits.Value;

    /// <summary>The cues found for <paramref name="frames"/> only, e.g. <c>wb.Frames.Hits(wb.Frames.Leading(wb.OpEd))</c>.</summary>
    public Table<FrameHitRow> Hits(IEnumerable<string> frames)
    {
        var chosen = frames.ToHashSet(StringComparer.Ordinal);
        return _hits.Value.Where(h => chosen.Contains(h.Frame));
    }

    /// <summary>Each document's share of sentences in each frame.</summary>
    public Table<FrameShareRow> Shares() => _shares.Value;

    /// <summary>
    /// The <paramref name="count"/> frames with the most sentences in <paramref name="group"/>'s documents (ties by name),
    /// the frames worth reading first in this corpus.
    /// </summary>
    public IReadOnlyList<string> Leading(DocumentGroup group, int count = 2) => Shares()
        .Where(s => group.Contains(s.DocumentId) && s.Sentences > 0)
        .GroupBy(s => s.Frame)
        .OrderByDescending(g => g.Sum(s => s.Sentences)).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Take(count).Select(g => g.Key).ToList();
}
