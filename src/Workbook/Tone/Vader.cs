namespace Workbook.Tone;

/// <summary>
/// VADER sentiment (Hutto &amp; Gilbert 2014), following the rules of the npm package <c>vader-sentiment</c> 1.1.3 whose data
/// <see cref="VaderLexicon"/> reads: lexicon valence; capitals among lower-case words add emphasis; up to three preceding
/// boosters raise or lower it (the second and third less); a negation up to three words before flips and damps it
/// (× −0.74), "never so/this" intensifies; idioms replace it; "but" halves what precedes and raises what follows by half;
/// exclamation and question marks add emphasis; the sum is normalised as s/√(s²+15).
/// </summary>
internal static class Vader
{
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private const double Alpha = 15;

    /// <summary>The scores of <paramref name="text"/>.</summary>
    public static ToneScore Score(string text, VaderLexicon lexicon)
    {
        var words = new SentenceWords(text, WordsAndEmoticons(text, lexicon));
        var lookups = lexicon.Spans;
        var capitalDifference = CapitalDifferential(words);
        var sentiments = new double[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var kindOf = i < words.Count - 1 && words.Lower(i).SequenceEqual("kind") && words.Lower(i + 1).SequenceEqual("of");
            sentiments[i] = kindOf || lookups.Boosters.ContainsKey(words.Lower(i)) ? 0 : Valence(words, i, capitalDifference, lexicon);
        }
        ButCheck(words, sentiments);
        return ScoreValence(sentiments, text);
    }

    /// <summary>A sentence's words as ranges of its text, each readable as written and in lower case without a string per word.</summary>
    private readonly struct SentenceWords(string text, List<(int Start, int Length)> ranges)
    {
        // Invariant lower-casing maps each UTF-16 unit to one unit, so a word's range reads its lower case too.
        private readonly string _lower = text.ToLowerInvariant();

        public int Count => ranges.Count;

        public ReadOnlySpan<char> Word(int i) => text.AsSpan(ranges[i].Start, ranges[i].Length);

        public ReadOnlySpan<char> Lower(int i) => _lower.AsSpan(ranges[i].Start, ranges[i].Length);

        /// <summary>Words <paramref name="first"/> to <paramref name="last"/> as written, joined by single spaces.</summary>
        public string Joined(int first, int last)
        {
            var joined = new System.Text.StringBuilder();
            for (var i = first; i <= last; i++) joined.Append(i > first ? " " : "").Append(Word(i));
            return joined.ToString();
        }
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> longer than one character, a token that is a word of the text with one of the
    /// lexicon's punctuation marks before or after it read as the word (as the reference implementation's table of
    /// mark + word pairs reads it; a word holds no ASCII punctuation, so the mark is the token's whole leading or trailing run).
    /// </summary>
    private static List<(int Start, int Length)> WordsAndEmoticons(string text, VaderLexicon lexicon)
    {
        var tokens = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i - start > 1) tokens.Add(Stripped(text.AsSpan(start, i - start), start, lexicon));
        }
        return tokens;
    }

    /// <summary>
    /// A word of the text is a whitespace token with its ASCII punctuation taken out, longer than one character. A
    /// token's part before or after a run of punctuation is such a word exactly when it holds no punctuation itself.
    /// </summary>
    private static (int Start, int Length) Stripped(ReadOnlySpan<char> token, int at, VaderLexicon lexicon)
    {
        static bool IsWord(ReadOnlySpan<char> candidate) => candidate.Length > 1 && !candidate.ContainsAny(AsciiPunctuation);
        bool IsMark(ReadOnlySpan<char> run)
        {
            foreach (var mark in lexicon.Punctuation)
                if (run.SequenceEqual(mark)) return true;
            return false;
        }
        var lead = 0;
        while (lead < token.Length && IsPunctuation(token[lead])) lead++;
        if (lead > 0 && lead < token.Length && IsMark(token[..lead]) && IsWord(token[lead..])) return (at + lead, token.Length - lead);
        var trail = token.Length;
        while (trail > 0 && IsPunctuation(token[trail - 1])) trail--;
        if (trail < token.Length && trail > 0 && IsMark(token[trail..]) && IsWord(token[..trail])) return (at, trail);
        return (at, token.Length);
    }

    private static bool IsPunctuation(char c) => AsciiPunctuation.Contains(c);

    private static bool CapitalDifferential(SentenceWords words)
    {
        var capitals = 0;
        for (var i = 0; i < words.Count; i++) if (IsUpper(words.Word(i))) capitals++;
        var difference = words.Count - capitals;
        return difference > 0 && difference < words.Count;
    }

    /// <summary>All capitals: no ASCII lower-case letter and at least one ASCII capital (the reference's word.isupper() on ASCII text).</summary>
    private static bool IsUpper(ReadOnlySpan<char> word) => !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');

    private static double Valence(SentenceWords words, int index, bool capitalDifference, VaderLexicon lexicon)
    {
        var lookups = lexicon.Spans;
        if (!lookups.Valence.TryGetValue(words.Lower(index), out var valence)) return 0;
        if (IsUpper(words.Word(index)) && capitalDifference) valence += valence > 0 ? lexicon.CapitalIncrement : -lexicon.CapitalIncrement;
        for (var step = 0; step < 3; step++)
        {
            if (index <= step || lookups.Valence.ContainsKey(words.Lower(index - (step + 1)))) continue;
            var scalar = Scalar(words, index - (step + 1), valence, capitalDifference, lexicon);
            if (step == 1 && scalar != 0) scalar *= 0.95;
            else if (step == 2 && scalar != 0) scalar *= 0.9;
            valence += scalar;
            valence = NeverCheck(valence, words, step, index, lexicon);
            if (step == 2) valence = IdiomsCheck(valence, words, index, lexicon);
        }
        return LeastCheck(valence, words, index, lexicon);
    }

    private static double Scalar(SentenceWords words, int at, double valence, bool capitalDifference, VaderLexicon lexicon)
    {
        if (!lexicon.Spans.Boosters.TryGetValue(words.Lower(at), out var scalar)) return 0;
        if (valence < 0) scalar *= -1;
        if (capitalDifference && IsUpper(words.Word(at))) scalar += valence > 0 ? lexicon.CapitalIncrement : -lexicon.CapitalIncrement;
        return scalar;
    }

    private static bool Negated(ReadOnlySpan<char> word, VaderLexicon lexicon) => lexicon.Spans.Negations.Contains(word) || word.Contains("n't", StringComparison.Ordinal);

    private static double NeverCheck(double valence, SentenceWords words, int step, int index, VaderLexicon lexicon)
    {
        static bool SoOrThis(ReadOnlySpan<char> word) => word.SequenceEqual("so") || word.SequenceEqual("this");
        static bool Never(ReadOnlySpan<char> word) => word.SequenceEqual("never");
        if (step == 0 && Negated(words.Word(index - 1), lexicon)) valence *= lexicon.NegationScalar;
        if (step == 1)
        {
            if (Never(words.Word(index - 2)) && SoOrThis(words.Word(index - 1))) valence *= 1.5;
            else if (Negated(words.Word(index - 2), lexicon)) valence *= lexicon.NegationScalar;
        }
        if (step == 2)
        {
            if ((Never(words.Word(index - 3)) && SoOrThis(words.Word(index - 2))) || SoOrThis(words.Word(index - 1))) valence *= 1.25;
            else if (Negated(words.Word(index - 3), lexicon)) valence *= lexicon.NegationScalar;
        }
        return valence;
    }

    private static double IdiomsCheck(double valence, SentenceWords words, int index, VaderLexicon lexicon)
    {
        // A run of words is looked up only when it starts with an idiom's (or a phrasal booster's) first word; the order
        // of the lookups is the reference's.
        double? Idiom(int first, int last)
        {
            if (!lexicon.Spans.IdiomFirstWords.Contains(words.Word(first))) return null;
            return lexicon.Idioms.TryGetValue(words.Joined(first, last), out var idiom) ? idiom : null;
        }
        var found = Idiom(index - 1, index) ?? Idiom(index - 2, index) ?? Idiom(index - 2, index - 1) ?? Idiom(index - 3, index - 1) ?? Idiom(index - 3, index - 2);
        if (found is { } idiom) valence = idiom;
        if (words.Count - 1 > index && Idiom(index, index + 1) is { } next) valence = next;
        if (words.Count - 1 > index + 1 && Idiom(index, index + 2) is { } nextTwo) valence = nextTwo;
        bool PhrasalBooster(int first, int last) =>
            lexicon.Spans.PhrasalBoosterFirstWords.Contains(words.Word(first)) && lexicon.Boosters.ContainsKey(words.Joined(first, last));
        if (PhrasalBooster(index - 3, index - 2) || PhrasalBooster(index - 2, index - 1)) valence -= lexicon.BoosterIncrement;
        return valence;
    }

    private static double LeastCheck(double valence, SentenceWords words, int index, VaderLexicon lexicon)
    {
        var leastBefore = index > 0 && words.Lower(index - 1).SequenceEqual("least") && !lexicon.Valence.ContainsKey("least");
        if (!leastBefore) return valence;
        if (index > 1) return !words.Lower(index - 2).SequenceEqual("at") && !words.Lower(index - 2).SequenceEqual("very") ? valence * lexicon.NegationScalar : valence;
        return valence * lexicon.NegationScalar;
    }

    private static void ButCheck(SentenceWords words, double[] sentiments)
    {
        var but = IndexOf(words, "but");
        if (but < 0) but = IndexOf(words, "BUT");
        if (but < 0) return;
        for (var i = 0; i < sentiments.Length; i++)
        {
            if (i < but) sentiments[i] *= 0.5;
            else if (i > but) sentiments[i] *= 1.5;
        }
    }

    private static int IndexOf(SentenceWords words, string word)
    {
        for (var i = 0; i < words.Count; i++)
            if (words.Word(i).SequenceEqual(word)) return i;
        return -1;
    }

    private static ToneScore ScoreValence(IReadOnlyList<double> sentiments, string text)
    {
        if (sentiments.Count == 0) return new ToneScore(0, 0, 0, 0);
        var sum = sentiments.Sum();
        var exclamations = Math.Min(4, text.AsSpan().Count('!'));
        var questions = text.AsSpan().Count('?');
        var emphasis = exclamations * 0.292 + (questions <= 1 ? 0 : questions <= 3 ? questions * 0.18 : 0.96);
        if (sum > 0) sum += emphasis;
        else if (sum < 0) sum -= emphasis;
        var compound = Math.Clamp(sum / Math.Sqrt(sum * sum + Alpha), -1, 1);
        var positive = sentiments.Where(s => s > 0).Sum(s => s + 1);
        var negative = sentiments.Where(s => s < 0).Sum(s => s - 1);
        var neutral = sentiments.Count(s => s == 0);
        if (positive > Math.Abs(negative)) positive += emphasis;
        else if (positive < Math.Abs(negative)) negative -= emphasis;
        var total = positive + Math.Abs(negative) + neutral;
        return new ToneScore(Round(compound, 4), Round(Math.Abs(positive / total), 3), Round(Math.Abs(negative / total), 3), Round(Math.Abs(neutral / total), 3));
    }

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

}
