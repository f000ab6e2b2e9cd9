namespace Workbook.Notebooks;

/// <summary>Turns the source text of a chapter lambda into the text of a notebook cell.</summary>
internal static class CellSource
{
    /// <summary>
    /// Strips the <c>() =&gt;</c> of an expression lambda and removes the indentation common to its
    /// continuation lines, so "() =&gt; wb.Keyness(…)\n        .Top(20)" becomes "wb.Keyness(…)\n    .Top(20)".
    /// </summary>
    public static string FromLambda(string lambda)
    {
        var text = lambda.Trim();
        if (text.StartsWith("()", StringComparison.Ordinal))
        {
            var arrow = text.IndexOf("=>", StringComparison.Ordinal);
            if (arrow > 0) text = text[(arrow + 2)..].TrimStart();
        }
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 1) return text;
        var indent = lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var continuation = lines.Skip(1).Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()).TrimEnd());
        return string.Join("\n", continuation.Select(l => l.Length > 0 ? "    " + l : l).Prepend(lines[0].TrimEnd()));
    }
}
