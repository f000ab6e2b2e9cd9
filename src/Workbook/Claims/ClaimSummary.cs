using Humanizer;
using Workbook.Display;

namespace Workbook;

/// <summary>A plain-language summary of a claim comparison, built only from its results.</summary>
public static class ClaimSummary
{
    /// <summary>One bullet per claim (how each report relates, with the top evidence quoted and located), then the totals.</summary>
    public static MarkdownText Describe(ClaimComparisonResult result)
    {
        var lines = new List<string>
        {
            $"**{"claim".ToQuantity(result.Claims.Count)}** of op-ed {result.OpEdId} set against **{"report".ToQuantity(result.ReportIds.Count)}** ({string.Join(", ", result.ReportIds)}):",
            "",
        };
        foreach (var claim in result.Claims)
        {
            var relations = result.Relations.Where(r => r.ClaimId == claim.Id).ToList();
            var verdict = string.Join("; ", relations.GroupBy(r => r.Relation).OrderBy(g => g.Key)
                .Select(g => $"{Name(g.Key)} in {string.Join(", ", g.Select(r => r.DocumentId))}"));
            var best = result.Evidence.Where(e => e.ClaimId == claim.Id && e.Rank == 1
                    && relations.Any(r => r.DocumentId == e.DocumentId && r.Relation != ClaimRelation.NotAddressed))
                .OrderByDescending(e => e.Score).FirstOrDefault();
            var quote = best is null ? "" : $" Strongest evidence: {best.DocumentId} [{best.Start}, {best.End}) “{Escape(best.Text)}”";
            lines.Add($"- **{claim.Id}** “{Escape(claim.Statement)}” — {verdict}.{quote}");
        }
        var counts = result.Relations.GroupBy(r => r.Relation).OrderBy(g => g.Key).Select(g => $"{Name(g.Key)}: {g.Count()}");
        lines.Add("");
        lines.Add($"Across {"claim–report pair".ToQuantity(result.Relations.Count)}: {string.Join(", ", counts)}.");
        return new MarkdownText(string.Join("\n", lines));
    }

    /// <summary>A relation as written in tables and files: "supports", "contradicts", "mixed", "not addressed".</summary>
    public static string Name(ClaimRelation relation) => relation.ToString().Humanize(LetterCasing.LowerCase);

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("[", "\\[").Replace("]", "\\]");
}
