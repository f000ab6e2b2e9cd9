using Workbook.Corpora;

namespace Workbook.Charts;

/// <summary>Charts of the corpus itself: sizes and make-up of the documents.</summary>
public static class CorpusCharts
{
    /// <summary>Bar chart of words per document, one colour per kind, documents in table order.</summary>
    public static Figure DocumentLength(IReadOnlyList<DocumentRow> documents)
    {
        var kinds = documents.Select(d => d.Kind).Distinct().ToList();
        var traces = kinds.Select(kind =>
        {
            var rows = documents.Where(d => d.Kind == kind).ToList();
            return (Trace)new BarTrace
            {
                Name = ChartText.Escape(kind),
                X = rows.Select(d => (object)ChartText.Escape(d.Id)).ToList(),
                Y = rows.Select(d => (object)d.Words).ToList(),
                Text = rows.Select(d => ChartText.Escape(d.Title)).ToList(),
                HoverTemplate = "%{x}: %{y} words<br>%{text}<extra>" + ChartText.Escape(kind) + "</extra>",
                Marker = new Marker { Color = HouseStyle.ColorOfKind(kind, kinds) },
                Extra = new() { ["textposition"] = "none" },
            };
        }).ToList();
        return new Figure(traces, new Layout
        {
            Title = new Title("Document length by kind"),
            XAxis = new Axis { Title = new Title("document"), Type = AxisType.Category, CategoryOrder = CategoryOrder.Array, CategoryArray = documents.Select(d => ChartText.Escape(d.Id)).ToList() },
            YAxis = new Axis { Title = new Title("words") },
            ShowLegend = true,
        });
    }
}
