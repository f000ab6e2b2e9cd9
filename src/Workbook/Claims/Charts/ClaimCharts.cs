using Workbook.Charts;
using Workbook.Text;

namespace Workbook.Claims.Charts;

/// <summary>Charts of the claims comparison.</summary>
public static class ClaimCharts
{
    private static readonly ClaimRelation[] Order = [ClaimRelation.Contradicts, ClaimRelation.Mixed, ClaimRelation.Discusses, ClaimRelation.NotAddressed, ClaimRelation.Supports];
    private static readonly string[] Colors = [HouseStyle.TargetColor, "#E69F00", "#56B4E9", "#D9D9D9", "#009E73"];

    /// <summary>A claim × report grid, each cell coloured and labelled by its relation; hover shows the claim and the cues.</summary>
    public static Figure RelationMatrix(ClaimComparisonResult result)
    {
        var (claims, reportIds) = (result.Claims, result.ReportIds);
        var cell = result.Relations.ToDictionary(r => (r.ClaimId, r.DocumentId));
        var claimIds = claims.Select(c => c.Id).ToList();
        var scale = Order.SelectMany((_, i) => new object[] { new object[] { (double)i / Order.Length, Colors[i] }, new object[] { (double)(i + 1) / Order.Length, Colors[i] } }).ToList();
        return new Figure(
            [new HeatmapTrace
            {
                X = reportIds.Select(ChartText.Escape).ToList(), Y = claimIds.Select(ChartText.Escape).ToList(),
                Z = claimIds.Select(c => (IReadOnlyList<double>)reportIds.Select(d => Array.IndexOf(Order, cell[(c, d)].Relation) + 0.5).ToList()).ToList(),
                ZMin = 0, ZMax = Order.Length,
                TextTemplate = "%{text}",
                HoverTemplate = "%{y} × %{x}: %{text}<br>%{customdata}<extra></extra>",
                Extra = new()
                {
                    ["colorscale"] = scale,
                    ["showscale"] = false,
                    ["xgap"] = 3,
                    ["ygap"] = 3,
                    ["text"] = claimIds.Select(c => reportIds.Select(d => EnumNames.Name(cell[(c, d)].Relation)).ToList()).ToList(),
                    ["customdata"] = claimIds.Select(c => reportIds.Select(_ => ChartText.Escape(Wrap(claims.First(x => x.Id == c).Statement))).ToList()).ToList(),
                },
            }],
            new Layout
            {
                Title = new Title("How each report relates to each claim"),
                XAxis = new Axis { Type = AxisType.Category, Title = new Title("report") },
                YAxis = new Axis { Type = AxisType.Category, AutoRange = AutoRange.Reversed, Title = new Title("claim") },
                Height = Math.Max(300, 140 + 55 * claimIds.Count),
                Width = Math.Max(480, 240 + 150 * reportIds.Count),
            });
    }

    private static string Wrap(string text) => TextShortening.Shorten(text, 90);
}
