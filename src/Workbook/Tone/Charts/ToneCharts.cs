using Workbook.Charts;

namespace Workbook.Tone.Charts;

/// <summary>Charts of the tone family.</summary>
public static class ToneCharts
{
    /// <summary>Each document's sentences as points along its text (x: sentence position 0–1), at their VADER compound score.</summary>
    public static Figure Sentences(IReadOnlyList<ToneSentenceRow> sentences)
    {
        var documents = sentences.Select(s => s.DocumentId).Distinct().ToList();
        var rowsOf = sentences.ToLookup(s => s.DocumentId);
        var traces = documents.Select((id, i) =>
        {
            var rows = rowsOf[id].ToList();
            var last = Math.Max(1, rows.Max(r => r.SentenceIndex));
            return (Trace)new ScatterTrace
            {
                Name = ChartText.Escape(id),
                Mode = ScatterMode.LinesMarkers,
                X = rows.Select(r => (object)Math.Round((double)r.SentenceIndex / last, 4)).ToList(),
                Y = rows.Select(r => (object)r.Compound).ToList(),
                Text = rows.Select(r => ChartText.Escape(Text.TextShortening.Shorten(r.Text, 90))).ToList(),
                HoverTemplate = "<b>" + ChartText.Escape(id) + "</b> %{y:.2f}<br>%{text}<extra></extra>",
                Marker = new Marker { Color = HouseStyle.Palette[i % HouseStyle.Palette.Count], Size = 6 },
            };
        }).ToList();
        return new Figure(traces, new Layout
        {
            Title = new Title("Tone along each text: VADER compound score of every sentence"),
            XAxis = new Axis { Title = new Title("position in document (0 = first sentence, 1 = last)"), Range = [0, 1] },
            YAxis = new Axis { Title = new Title("compound (−1 negative, +1 positive)"), Range = [-1, 1], ZeroLine = true },
            ShowLegend = true,
        });
    }
}
