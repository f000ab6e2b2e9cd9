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
        return HouseStyle.Apply(new Figure(
            [new HeatmapTrace
            {
                X = frames.Select(ChartText.Escape).ToList(),
                Y = documents.Select(ChartText.Escape).ToList(),
                Z = documents.Select(d => (IReadOnlyList<double>)frames.Select(f => Math.Round(cell[(d, f)], 4)).ToList()).ToList(),
                ColorScale = "Blues", ZMin = 0, ZMax = 1, TextTemplate = "%{z:.0%}",
                Extra = new() { ["reversescale"] = true },
                HoverTemplate = "%{y}: %{z:.0%} of sentences in <b>%{x}</b><extra></extra>",
            }],
            new Layout
            {
                Title = new Title("Frames: the share of each document's sentences in each frame"),
                XAxis = new Axis { Type = "category", AutoMargin = true },
                YAxis = new Axis { Type = "category", AutoRange = "reversed" },
                Height = Math.Max(320, 260 + 45 * documents.Count),
                Width = Math.Max(700, 200 + 55 * frames.Count),
            }));
    }
}
