using Workbook.Display;
using Workbook.Text;

namespace Workbook.Claims.Display;

/// <summary>Writes <see cref="ClaimCard"/>s as Markdown: per claim, the op-ed's words, then per report the label, the deciding sentence with its cue words in bold, and who says it.</summary>
public static class ClaimCardsMarkdown
{
    /// <summary>The cards, every corpus-derived string escaped.</summary>
    public static MarkdownText Render(IReadOnlyList<ClaimCard> cards)
    {
        var lines = new List<string>();
        foreach (var card in cards)
        {
            if (lines.Count > 0) lines.Add("");
            var claim = card.Claim;
            lines.Add($"**{MarkdownEscape.Text(claim.Id)}** · {EnumNames.Name(claim.Role)}{(claim.Section is { } section ? $" · *{MarkdownEscape.Text(section)}*" : "")} — “{MarkdownEscape.Text(claim.Statement)}”");
            lines.Add("");
            for (var i = 0; i < card.OpEdWords.Count; i++)
            {
                var (span, text) = card.OpEdWords[i];
                if (i > 0) lines.Add(">");
                lines.Add($"> {MarkdownEscape.Text(claim.DocumentId)} [{span.Start}, {span.End}) “{MarkdownEscape.Text(text)}”");
            }
            lines.Add("");
            foreach (var report in card.Reports)
            {
                var relation = report.Relation;
                var label = $"**{MarkdownEscape.Text(relation.DocumentId)}: {EnumNames.Name(relation.Relation)}**";
                if (report.Deciding is not { } sentence)
                {
                    lines.Add($"- {label} — no sentence close enough.");
                    continue;
                }
                var who = sentence.Voice == Corpora.VoiceKind.Reported ? $"the words of {MarkdownEscape.Text(sentence.Speaker)}, reported" : "in the report's own voice";
                lines.Add($"- {label} (own voice: {EnumNames.Name(relation.OwnVoice)}; reported: {EnumNames.Name(relation.Reported)}) — "
                    + $"“{Highlighted(sentence.Text, report.CueWords)}” [{sentence.Start}, {sentence.End}), {who}.");
            }
        }
        return new MarkdownText(string.Join("\n", lines));
    }

    private static string Highlighted(string text, IReadOnlyList<TextSpan> cueWords)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (var cue in cueWords)
        {
            parts.Add(Piece(text[at..cue.Start]));
            parts.Add($"**{MarkdownEscape.Text(text[cue.Start..cue.End])}**");
            at = cue.End;
        }
        parts.Add(Piece(text[at..]));
        return string.Concat(parts);
    }

    /// <summary>A piece of a sentence escaped, keeping the space it starts with (escaping drops leading white space).</summary>
    private static string Piece(string text) => (text.StartsWith(' ') ? " " : "") + MarkdownEscape.Text(text);
}
