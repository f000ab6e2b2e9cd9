using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>The general cues a sentence carries, as claim extraction reads them.</summary>
internal sealed class SentenceCues(CueLexicon cues)
{
    /// <summary>How many of <paramref name="sentence"/>'s tokens start a cue of <paramref name="index"/>.</summary>
    public static int Count(CueIndex index, IndexedSentence sentence)
    {
        var tokens = sentence.Tokens;
        var count = 0;
        for (var i = 0; i < tokens.Count; i++) if (index.FirstMatchAt(tokens, i) is not null) count++;
        return count;
    }

    /// <summary>How many of <paramref name="sentence"/>'s tokens start a cue of <paramref name="section"/>.</summary>
    public int Count(CueSection section, IndexedSentence sentence) => Count(cues.Index(section), sentence);

    /// <summary>True when <paramref name="sentence"/> carries a cue of <paramref name="section"/>.</summary>
    public bool Has(CueSection section, IndexedSentence sentence) => Count(section, sentence) > 0;

    /// <summary>True when <paramref name="sentence"/> opens with a cue of <paramref name="section"/>.</summary>
    public bool OpensWith(CueSection section, IndexedSentence sentence)
    {
        var tokens = sentence.Tokens;
        var first = 0;
        while (first < tokens.Count && !tokens[first].Any(char.IsLetterOrDigit)) first++;
        return first < tokens.Count && cues.Index(section).FirstMatchAt(tokens, first) is not null;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> sets out a view the author answers: a rebuttal or opposing-view marker
    /// ("they argue", "some people believe") without a negation or a first-person position of its own.
    /// </summary>
    public bool StatesOpposingView(IndexedSentence sentence) =>
        (Has(CueSection.Rebuttal, sentence) || Has(CueSection.Opposing, sentence)) && !Has(CueSection.Negation, sentence) && !Has(CueSection.Position, sentence);

    /// <summary>True when the sentence's last word-like token is followed by a question mark.</summary>
    public static bool IsQuestion(IndexedSentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = tokens.Count - 1; i >= 0; i--)
            if (tokens[i].Any(char.IsLetterOrDigit)) return false;
            else if (tokens[i] == "?") return true;
        return false;
    }
}
