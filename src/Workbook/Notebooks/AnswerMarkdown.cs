using Humanizer;
using Workbook.Display;
using Workbook.Text;

namespace Workbook.Notebooks;

/// <summary>Writes a <see cref="WorkbookAnswer"/> as Markdown: a section per topic, each finding a bullet linked to where its result is shown.</summary>
public static class AnswerMarkdown
{
    /// <summary>The answer, every corpus-derived word escaped; <paramref name="whereShown"/> gives, for each source, the link text and relative link of the table or chart it comes from.</summary>
    public static MarkdownText Render(WorkbookAnswer answer, IReadOnlyDictionary<AnswerSource, (string Text, string Link)> whereShown)
    {
        if (answer.Findings.Count == 0)
            return new MarkdownText($"Op-ed {MarkdownEscape.Text(answer.OpEdId)} has no report to be compared with, so there is no answer to give.");
        var lines = new List<string>();
        foreach (var topic in answer.Findings.Select(f => f.Topic).Distinct())
        {
            if (lines.Count > 0) lines.Add("");
            lines.Add($"**{EnumNames.Name(topic).Transform(To.SentenceCase)}**");
            lines.Add("");
            foreach (var finding in answer.Findings.Where(f => f.Topic == topic))
            {
                var (text, link) = whereShown[finding.Source];
                lines.Add($"- {MarkdownEscape.Text(finding.Sentence)} ([{MarkdownEscape.Text(text)}]({link}))");
            }
        }
        return new MarkdownText(string.Join("\n", lines));
    }
}
