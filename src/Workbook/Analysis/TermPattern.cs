namespace Workbook;

/// <summary>
/// A search pattern over token norms: alternatives separated by '|', each a phrase of space-separated words,
/// where a word may use '*' (any run of characters) and '?' (one character). Case and curly quotes do not
/// matter: "consen* | Russian approval | veto".
/// </summary>
public sealed class TermPattern
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
            for (var k = 0; k < phrase.Length && all; k++) all = Glob(phrase[k], norms[position + k]);
            if (all) return phrase.Length;
        }
        return 0;
    }

    /// <summary>True when <paramref name="text"/> matches the glob <paramref name="glob"/> ('*' any run, '?' one character).</summary>
    public static bool Glob(ReadOnlySpan<char> glob, ReadOnlySpan<char> text)
    {
        int g = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (g < glob.Length && (glob[g] == '?' || glob[g] == text[t])) { g++; t++; }
            else if (g < glob.Length && glob[g] == '*') { star = g++; mark = t; }
            else if (star >= 0) { g = star + 1; t = ++mark; }
            else return false;
        }
        while (g < glob.Length && glob[g] == '*') g++;
        return g == glob.Length;
    }
}
