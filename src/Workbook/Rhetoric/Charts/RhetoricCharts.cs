using System.Globalization;
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
        var rowsOf = rates.ToLookup(r => r.DocumentId);
        var categories = Enum.GetValues<StanceMarkerCategory>().Select(c => EnumNames.Name(c)).ToList();
        var traces = documents.Select((id, i) =>
        {
            var rows = rowsOf[id].ToList();
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
        return new Figure(traces, new Layout
        {
            Title = new Title("Stance and engagement markers per 1,000 words of the author's own voice"),
            XAxis = new Axis { Type = AxisType.Category, CategoryOrder = CategoryOrder.Array, CategoryArray = categories },
            YAxis = new Axis { Title = new Title("per 1,000 words") },
            BarMode = BarMode.Group,
            ShowLegend = true,
        });
    }

    /// <summary>Each document's opinion index as a bar, coloured by the analyst's kind; hover shows the signals behind it.</summary>
    public static Figure Genre(IReadOnlyList<GenreRow> genre)
    {
        var kinds = genre.Select(g => g.Kind).Distinct().ToList();
        var traces = kinds.Select(kind =>
        {
            var rows = genre.Where(g => g.Kind == kind).ToList();
            return (Trace)new BarTrace
            {
                Name = ChartText.Escape(kind),
                Orientation = Orientation.Horizontal,
                X = rows.Select(r => (object)Math.Round(r.OpinionIndex, 3)).ToList(),
                Y = rows.Select(r => (object)ChartText.Escape(r.DocumentId)).ToList(),
                Text = rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"first person {r.FirstPerson:0.0}, reader address {r.ReaderAddress:0.0}, questions {r.Questions:0.0}, imperatives {r.Imperatives:0.0}, boosters − hedges {r.BoostersOverHedges:0.0} per 1,000 words; {r.Attribution:P0} of sentences attributed")).ToList(),
                HoverTemplate = "<b>%{y}</b> opinion index %{x:.2f}<br>%{text}<extra></extra>",
                Marker = new Marker { Color = HouseStyle.ColorOfKind(kind, kinds) },
                Extra = new() { ["textposition"] = "none" },
            };
        }).ToList();
        return new Figure(traces, new Layout
        {
            Title = new Title("Opinion or reporting? The opinion index of each document (0 = the corpus average)"),
            XAxis = new Axis { Title = new Title("← reporting · opinion →"), ZeroLine = true },
            YAxis = new Axis { Type = AxisType.Category, CategoryOrder = CategoryOrder.Array, CategoryArray = genre.Select(g => ChartText.Escape(g.DocumentId)).ToList(), AutoRange = AutoRange.Reversed },
            ShowLegend = true,
            Height = Math.Max(280, 160 + 45 * genre.Count),
        });
    }
}
