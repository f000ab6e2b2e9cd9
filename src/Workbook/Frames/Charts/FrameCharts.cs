using Workbook.Charts;

namespace Workbook.Frames.Charts;

/// <summary>Charts of the frames family.</summary>
public static class FrameCharts
{
    /// <summary>A heatmap of documents against frames, each cell the share of the document's sentences in the frame.</summary>
    public static Figure Shares(IReadOnlyList<FrameShareRow> shares)
    {
        var documents = shares.Select(s => s.DocumentId).Distinct().ToList();
        var frames = shares.Select(s => s.Frame).Distinct().ToList();
        var cell = shares.ToDictionary(s => (s.DocumentId, s.Frame), s => s.Share);
        return CategoryHeatmap.Of("Frames: the share of each document's sentences in each frame", documents, frames, (d, f) => Math.Round(cell[(d, f)], 4),
            "%{z:.0%}", "%{y}: %{z:.0%} of sentences in <b>%{x}</b><extra></extra>", Math.Max(320, 260 + 45 * documents.Count), zMax: 1, width: Math.Max(700, 200 + 55 * frames.Count));
    }
}
