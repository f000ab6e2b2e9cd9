using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Finds stance cues in a text's token norms with a <see cref="CueLexicon"/> whose two frames the corpus names.
/// A topic term reads as the first frame unless an odd number of negation words stands within
/// <see cref="StanceSettings.NegationBefore"/> tokens before it or <see cref="StanceSettings.NegationAfter"/> after, in the
/// same clause ("not necessary", "no ban", "without asking anyone"); commas, colons, semicolons, dashes and brackets
/// end a clause. In a claim, every frame cue flips under a negation within <see cref="StanceSettings.CueNegationBefore"/>
/// words before it; in a report they do not, because a report that mentions avoiding a risk still frames the
/// question as one of that risk. A lexicon without frames finds nothing.
/// </summary>
internal static class StanceReader
{
    /// <summary>Reads the cues of <paramref name="words"/> (token norms in order, punctuation included).</summary>
    /// <param name="words">The text's token norms.</param>
    /// <param name="lexicon">The cue lists and the frames they name.</param>
    /// <param name="isClaim">True for claim text, where every cue flips under negation.</param>
    /// <param name="settings">Negation scope.</param>
    public static StanceReading Read(IReadOnlyList<string> words, CueLexicon lexicon, bool isClaim, StanceSettings settings)
    {
        if (lexicon.Frames is not { } frames) return new StanceReading(0, 0, []);
        var negation = lexicon[CueSection.Negation];
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

        var (first, second) = (0, 0);
        var cues = new List<string>();
        void Add(bool isSecond, string text)
        {
            if (isSecond) second++; else first++;
            cues.Add($"{frames.NameOf(isSecond ? 1 : -1)}: {text}");
        }

        var (starts, topics) = (lexicon.StanceStarts, lexicon.Index(CueSection.Topic));
        for (var i = 0; i < words.Count; i++)
        {
            var candidates = starts.ListsStartingWith(words[i]);
            if (candidates.IsEmpty) continue;
            if (candidates.Contains(0) && topics.FirstMatchAt(words, i) is { End: var topicEnd })
            {
                var flipped = (NegationsBefore(i, settings.NegationBefore) + NegationsAfter(topicEnd, settings.NegationAfter)) % 2 == 1;
                Add(flipped, flipped ? $"negated “{words[i]}”" : $"“{words[i]}”");
            }
            foreach (var sign in (ReadOnlySpan<int>)[-1, 1])
            {
                if (!candidates.Contains(sign < 0 ? 1 : 2)) continue;
                foreach (var cue in lexicon.FrameCues(sign))
                {
                    var end = cue.MatchAt(words, i);
                    if (end < 0) continue;
                    var flipped = isClaim && NegationsBefore(i, settings.CueNegationBefore) % 2 == 1;
                    Add(sign > 0 ^ flipped, (flipped ? "negated " : "") + $"“{string.Join(' ', words.Skip(i).Take(end - i).Where(w => w.Any(char.IsLetterOrDigit)))}”");
                }
            }
        }
        return new StanceReading(first, second, cues);
    }

    /// <summary>True when any negation word of <paramref name="lexicon"/> occurs in <paramref name="words"/>.</summary>
    public static bool HasNegation(IReadOnlyList<string> words, CueLexicon lexicon)
    {
        var negation = lexicon.Index(CueSection.Negation);
        return Enumerable.Range(0, words.Count).Any(i => negation.FirstMatchAt(words, i) is not null);
    }

    /// <summary>True for punctuation that ends a clause for negation scope.</summary>
    public static bool IsClauseBreak(string token) => token is "," or ";" or ":" or "\u2014" or "\u2013" or "(" or ")" or "." or "?" or "!";
}
