using Workbook.Charts;
using Workbook.Text;

namespace Workbook.Rhetoric.Charts;

/// <summary>Charts of the rhetoric family.</summary>
public static class RhetoricCharts
{
    /// <summary>Grouped bars: for each marker category, each document's rate per 1,000 words of its author's own voice.</summary>
    public static Figure Rates(IReadOnlyList<StanceRateRow> rates)
    {
        var documents = rates.Select(r => r.DocumentId).Distinct().ToList();
        var categories = Enum.GetValues<StanceMarkerCategory>().Select(c => EnumNames.Name(c)).ToList();
        var traces = documents.Select((id, i) =>
        {
            var rows = rates.Where(r => r.DocumentId == id).ToList();
            return (Trace)new BarTrace
            {
                Name = ChartText.Escape(id),
                X = rows.Select(r => (object)EnumNames.Name(r.Category)).ToList(),
                Y = rows.Select(r => (object)Math.Round(r.PerThousand, 2)).ToList(),
                Text = rows.Select(r => $"{r.Count} in {r.AuthorWords} words").ToList(),
                HoverTemplate = "<b>" + ChartText.Escape(id) + "</b> %{x}: %{y} per 1,000 words<br>%{text}<extra></extra>",
                Marker = new Marker { Color = HouseStyle.Palette[i % HouseStyle.Palette.Count] },
                Extra = new() { ["textposition"] = "none" },
            };
        }).ToList();
        return HouseStyle.Apply(new Figure(traces, new Layout
        {
            Title = new Title("Stance and engagement markers per 1,000 words of the author's own voice"),
            XAxis = new Axis { Type = "category", CategoryOrder = "array", CategoryArray = categories },
            YAxis = new Axis { Title = new Title("per 1,000 words") },
            BarMode = "group",
            ShowLegend = true,
        }));
    }
}
