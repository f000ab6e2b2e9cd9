namespace Workbook;

/// <summary>
/// Finds stance cues in a text's token norms with a <see cref="StanceLexicon"/>. A topic term ("consent",
/// "veto") reads as constraint unless an odd number of negation words stands within eight tokens before it or
/// three after, in the same clause ("not necessary", "no veto", "without asking permission"); commas, colons,
/// semicolons, dashes and brackets end a clause. In a claim, every cue flips under a
/// negation within three words before it ("not escalation"); in a report, risk and warning cues do not flip,
/// because a report that mentions avoiding a risk still frames the question as one of constraint.
/// </summary>
public static class StanceReader
{
    private const int NegationBefore = 8;
    private const int NegationAfter = 3;
    private const int CueNegationBefore = 3;

    /// <summary>Reads the cues of <paramref name="words"/> (token norms in order, punctuation included).</summary>
    /// <param name="words">The text's token norms.</param>
    /// <param name="lexicon">The cue lists.</param>
    /// <param name="isClaim">True for claim text, where every cue flips under negation.</param>
    public static StanceReading Read(IReadOnlyList<string> words, StanceLexicon lexicon, bool isClaim)
    {
        var negation = lexicon["negation"];
        bool IsNegation(int i) => negation.Any(n => n.MatchAt(words, i) == i + 1);
        int NegationsBefore(int at, int reach)
        {
            var count = 0;
            for (var i = at - 1; i >= 0 && i >= at - reach && !IsClauseBreak(words[i]); i--) if (IsNegation(i)) count++;
            return count;
        }
        int NegationsAfter(int at, int reach)
        {
            var count = 0;
            for (var i = at; i < words.Count && i < at + reach && !IsClauseBreak(words[i]); i++) if (IsNegation(i)) count++;
            return count;
        }

        var (constraint, autonomy) = (0, 0);
        var cues = new List<string>();
        void Add(bool isAutonomy, string text)
        {
            if (isAutonomy) autonomy++; else constraint++;
            cues.Add($"{(isAutonomy ? "autonomy" : "constraint")}: {text}");
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var topic in lexicon["topic"])
            {
                var end = topic.MatchAt(words, i);
                if (end < 0) continue;
                var flipped = (NegationsBefore(i, NegationBefore) + NegationsAfter(end, NegationAfter)) % 2 == 1;
                Add(flipped, flipped ? $"negated “{words[i]}”" : $"“{words[i]}”");
                break;
            }
            foreach (var (section, isAutonomy) in new[] { ("constraint", false), ("autonomy", true) })
            {
                foreach (var cue in lexicon[section])
                {
                    var end = cue.MatchAt(words, i);
                    if (end < 0) continue;
                    var flipped = isClaim && NegationsBefore(i, CueNegationBefore) % 2 == 1;
                    Add(isAutonomy ^ flipped, (flipped ? "negated " : "") + $"“{string.Join(' ', words.Skip(i).Take(end - i).Where(w => w.Any(char.IsLetterOrDigit)))}”");
                }
            }
        }
        return new StanceReading(constraint, autonomy, cues);
    }

    /// <summary>True when any negation word of <paramref name="lexicon"/> occurs in <paramref name="words"/>.</summary>
    public static bool HasNegation(IReadOnlyList<string> words, StanceLexicon lexicon)
    {
        var negation = lexicon["negation"];
        return Enumerable.Range(0, words.Count).Any(i => negation.Any(n => n.MatchAt(words, i) >= 0));
    }

    /// <summary>True for punctuation that ends a clause for negation scope.</summary>
    public static bool IsClauseBreak(string token) => token is "," or ";" or ":" or "\u2014" or "\u2013" or "(" or ")" or "." or "?" or "!";
}
