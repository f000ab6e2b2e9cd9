using Humanizer;
using Workbook.Display;
using Workbook.Text;

namespace Workbook.Claims.Display;

/// <summary>Writes a <see cref="ClaimSummary"/> in words, as Markdown in which every corpus-derived string is escaped.</summary>
public static class ClaimSummaryMarkdown
{
    /// <summary>One bullet per claim (how each report relates, with the top evidence quoted and located), then the totals.</summary>
    public static MarkdownText Render(ClaimSummary summary)
    {
        var lines = new List<string>
        {
            $"**{"claim".ToQuantity(summary.Claims.Count)}** of op-ed {MarkdownEscape.Text(summary.OpEdId)} set against **{"report".ToQuantity(summary.ReportIds.Count)}** ({MarkdownEscape.Text(string.Join(", ", summary.ReportIds))}):",
            "",
        };
        foreach (var claim in summary.Claims)
        {
            var verdict = string.Join("; ", claim.Relations.Select(g => $"{EnumNames.Name(g.Relation)} in {MarkdownEscape.Text(string.Join(", ", g.DocumentIds))}"));
            var quote = claim.StrongestEvidence is { } best
                ? $" Strongest evidence: {MarkdownEscape.Text(best.DocumentId)} [{best.Start}, {best.End}) “{MarkdownEscape.Text(best.Text)}”"
                : "";
            lines.Add($"- **{MarkdownEscape.Text(claim.ClaimId)}** “{MarkdownEscape.Text(claim.Statement)}” — {verdict}.{quote}");
        }
        lines.Add("");
        lines.Add($"Across {"claim–report pair".ToQuantity(summary.Pairs)}: {string.Join(", ", summary.Totals.Select(t => $"{EnumNames.Name(t.Relation)}: {t.Count}"))}.");
        return new MarkdownText(string.Join("\n", lines));
    }
}
