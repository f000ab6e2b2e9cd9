namespace Workbook.Text;

/// <summary>
/// A search pattern over token norms: alternatives separated by '|', each a phrase of space-separated words,
/// where a word may use '*' (any run of characters) and '?' (one character). Case and curly quotes do not
/// matter: "tax* | public spending | deficit".
/// </summary>
internal sealed class TermPattern
{
    private readonly IReadOnlyList<string[]> _phrases;

    private TermPattern(string text, IReadOnlyList<string[]> phrases) { Text = text; _phrases = phrases; }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="ArgumentException">The pattern has no words.</exception>
    public static TermPattern Parse(string pattern)
    {
        var phrases = pattern.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextNormalizer.Normalize(w)).ToArray())
            .Where(p => p.Length > 0).ToList();
        if (phrases.Count == 0) throw new ArgumentException($"the pattern \"{pattern}\" has no words");
        return new TermPattern(pattern.Trim(), phrases);
    }

    /// <summary>Length in tokens of the match starting at <paramref name="position"/> among <paramref name="norms"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<string> norms, int position)
    {
        foreach (var phrase in _phrases)
        {
            if (position + phrase.Length > norms.Count) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = Glob.Matches(phrase[k], norms[position + k]);
            if (all) return phrase.Length;
        }
        return 0;
    }
}
