using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Attributes reported speech to its source with general rules of English news writing. In the quotation's sentence
/// (or, failing that, the next one, "The source added…"), outside the quoted words: a reporting verb's subject is the
/// source ("a senior source acknowledged that…"), or the phrase after it when it is passive ("described by X as…") or
/// follows the quotation ("…,” said X); a relative or personal pronoun stands for the nearest name before it; a relay
/// phrase ("according to", "cited by", "reported by") names the outlet, and is the source when no verb has a subject.
/// A source whose head noun is one of the corpus's anonymous nouns ("source", "officials") and that holds no
/// two-word name is unnamed.
/// </summary>
internal static class Attribution
{
    private const int MaxSourceWords = 14;
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "who", "he", "she", "they", "it", "which", "his", "her" };
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "and", "but", "so", "consequently", "meanwhile", "however", "also", "then", "now", "while", "what" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "do", "has been", "also", "privately", "publicly" };
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "i", "we", "this writer", "this newspaper" };
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the", "one", "another" };

    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal) { "for", "in", "on", "at", "by", "with", "from", "to", "as", "the", "a", "an", "and", "but", "so", "if", "when", "while" };

    private sealed record Word(string Norm, string Text, int Start, int End, bool Quoted, bool InOtherQuote);

    /// <summary>Every quotation of <paramref name="document"/> with its attribution.</summary>
    public static IReadOnlyList<AttributedQuotation> Of(Corpus corpus, Document document, IReadOnlyList<QuotationRow> quotations, CueLexicon cues)
    {
        List<Word> WordsOf(int sentence, QuotationRow q) => Words(corpus, document, sentence)
            .Select(w => w with { Quoted = w.Start >= q.Start && w.End <= q.End, InOtherQuote = quotations.Any(o => o != q && w.Start >= o.Start && w.End <= o.End) })
            .ToList();

        return quotations.Select(q =>
        {
            var none = new AttributedQuotation(document.Id, q.Text, q.Kind, "", "", false, "", "", q.Start, q.End);
            if (q.Kind != QuotationKind.Speech) return none;
            var sentence = document.Sentences.FirstOrDefault(s => s.Start <= q.Start && q.Start < s.End);
            if (sentence is null) return none;
            var words = WordsOf(sentence.Index, q);
            var found = Attribute(words, q, cues);
            if (found is null && sentence.Index + 1 < document.Sentences.Count && Attribute(WordsOf(sentence.Index + 1, q), q, cues) is { } next && IsAnaphoric(next.Source))
                found = next;
            if (found is not { } a) return none;
            var source = a.Source;
            if (Pronouns.Contains(source.ToLowerInvariant()))
                source = NearestName(words.Take(a.Before).ToList())
                    ?? (sentence.Index > 0 ? NearestName(WordsOf(sentence.Index - 1, q)) : null) ?? source;
            var named = IsNamed(source, cues);
            return new AttributedQuotation(document.Id, q.Text, q.Kind, source, Speaker(source, named), named, a.Outlet, a.Cue, q.Start, q.End);
        }).ToList();
    }

    /// <summary>
    /// Whose words <paramref name="sentence"/> carries: reported when it holds attributed reported speech from
    /// <paramref name="quotes"/> (this document's <see cref="Of"/>), or when, outside quotation marks, a reporting verb has a
    /// subject other than the writer ("Finance Minister Jane Doe and others had suggested…") or a relay phrase
    /// names a source ("according to officials"); otherwise the document's own voice.
    /// </summary>
    public static SentenceVoice VoiceOf(Corpus corpus, Document document, SentenceRow sentence, IReadOnlyList<AttributedQuotation> quotes, CueLexicon cues)
    {
        if (quotes.FirstOrDefault(q => q.Kind == QuotationKind.Speech && q.Source.Length > 0 && q.Start < sentence.End && q.End > sentence.Start) is { } quote)
            return new SentenceVoice(VoiceKind.Reported, quote.Speaker, quote.Cue);
        var words = Words(corpus, document, sentence.Index);
        var none = new QuotationRow(document.Id, -1, QuotationKind.Speech, sentence.End, sentence.End, "");
        if (Attribute(words, none, cues) is not { } found || FirstPerson.Contains(found.Source.ToLowerInvariant())) return SentenceVoice.Own;
        var source = found.Source;
        if (Pronouns.Contains(source.ToLowerInvariant()))
            source = NearestName(words.Take(found.Before).ToList())
                ?? (sentence.Index > 0 ? NearestName(Words(corpus, document, sentence.Index - 1)) : null) ?? source;
        return new SentenceVoice(VoiceKind.Reported, Speaker(source, IsNamed(source, cues)), found.Cue);
    }

    private static List<Word> Words(Corpus corpus, Document document, int sentence)
    {
        var tokens = document.Tokens;
        var norms = tokens.Norms;
        var words = new List<Word>();
        var (first, end) = tokens.SentenceRange(sentence);
        for (var i = first; i < end; i++)
            words.Add(new Word(corpus.Vocabulary[norms[i]], document.Slice(tokens.Starts[i], tokens.Ends[i]), tokens.Starts[i], tokens.Ends[i], false, false));
        return words;
    }

    private static (string Source, string Outlet, string Cue, int Before)? Attribute(List<Word> words, QuotationRow quote, CueLexicon cues)
    {
        var norms = words.Select(w => w.Quoted ? "\u0001" : w.Norm).ToList();
        string outlet = "", relayCue = "";
        var relayStarts = new HashSet<int>();
        var relays = cues.Index(CueSection.Relay);
        for (var i = 0; i < norms.Count; i++)
        {
            if (relays.FirstMatchAt(norms, i) is not { End: var end }) continue;
            relayStarts.Add(i);
            if (outlet.Length == 0) { outlet = Phrase(words, end, verbs: cues[CueSection.Reporting]); relayCue = Text(words, i, end); }
        }
        var verbs = new List<(int Start, int End)>();
        var reporting = cues.Index(CueSection.Reporting);
        for (var i = 0; i < norms.Count; i++)
            if (!relayStarts.Contains(i) && reporting.FirstMatchAt(norms, i) is { End: var end }) verbs.Add((i, end));
        var quoteAt = words.FindIndex(w => w.Quoted);
        // A verb that an earlier quotation in the sentence follows belongs to that quotation ("X calls “a,” Y calls “b”").
        var after = quoteAt < 0 ? 0 : words.FindLastIndex(quoteAt, w => w.InOtherQuote) + 1;
        foreach (var (start, end) in verbs.Where(v => v.Start >= after || v.Start > quoteAt).OrderBy(v => quoteAt < 0 || v.Start < quoteAt ? 0 : 1).ThenBy(v => v.Start))
        {
            var cue = Text(words, start, end);
            if (words[start].Norm.EndsWith("ing", StringComparison.Ordinal) && NearestName(words.Take(start).ToList()) is { } doer) return (doer, outlet, cue, start);
            var passive = end < words.Count && words[end].Norm == "by";
            var (source, before) = passive ? (Phrase(words, end + 1, cues[CueSection.Reporting]), end) : Subject(words, start, relayStarts);
            if (source.Length == 0) (source, before) = (Phrase(words, end, cues[CueSection.Reporting]), end);
            if (source.EndsWith(" to", StringComparison.Ordinal) || source == "to") continue;
            if (source.Length > 0) return (source, outlet, cue, before);
        }
        return outlet.Length > 0 ? (outlet, outlet, relayCue, 0) : null;
    }

    private static (string Text, int Start) Subject(List<Word> words, int verb, HashSet<int> relayStarts)
    {
        var start = verb;
        while (start > 0 && verb - start < MaxSourceWords && !IsBoundary(words[start - 1])) start--;
        var end = verb;
        var relay = relayStarts.Where(r => r >= start && r < verb).DefaultIfEmpty(-1).Min();
        if (relay >= 0) end = relay;
        while (start < end && Openers.Contains(words[start].Norm)) start++;
        while (end > start && (!words[end - 1].Text.Any(char.IsLetterOrDigit) || Auxiliaries.Contains(words[end - 1].Norm))) end--;
        return (Text(words, start, end), start);
    }

    private static string Phrase(List<Word> words, int from, IReadOnlyList<CuePattern> verbs)
    {
        var end = from;
        while (end < words.Count && end - from < MaxSourceWords && !IsBoundary(words[end]) && words[end].Norm is not ("as" or "that" or "on" or "in" or "for")
               && !verbs.Any(v => v.MatchAt([words[end].Norm], 0) == 1)) end++;
        return Text(words, from, end);
    }

    private static bool IsBoundary(Word word) => word.Quoted || word.Norm is "," or ";" or ":" or "." or "!" or "?" or "\"" or "(" or ")" or "that" or "\u2014" or "\u2013";

    private static string Text(List<Word> words, int start, int end) => start >= end ? "" : string.Join(' ', words.Skip(start).Take(end - start).Select(w => w.Text));

    private static string? NearestName(List<Word> words)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (!IsCapitalized(words[i].Text) || Leading.Contains(words[i].Norm)) continue;
            var start = i;
            while (start > 0 && IsCapitalized(words[start - 1].Text) && !Leading.Contains(words[start - 1].Norm)) start--;
            return Text(words, start, i + 1);
        }
        return null;
    }

    /// <summary>True for a source that points back to one named before: a pronoun or a definite noun phrase ("The source").</summary>
    private static bool IsAnaphoric(string source) =>
        Pronouns.Contains(source.ToLowerInvariant()) || source.StartsWith("The ", StringComparison.Ordinal) || source.StartsWith("the ", StringComparison.Ordinal);

    private static bool IsCapitalized(string text) => text.Length > 0 && char.IsUpper(text[0]);

    private static bool IsNamed(string source, CueLexicon cues)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        var head = TextNormalizer.Normalize(words[^1]);
        var capitalized = words.Skip(1).Select(IsCapitalized).ToList();
        var hasName = capitalized.Zip(capitalized.Skip(1)).Any(p => p.First && p.Second);
        var anonymousHead = cues[CueSection.Anonymous].Any(c => c.MatchAt([head], 0) == 1);
        if (anonymousHead && !hasName) return false;
        return words.Any(w => IsCapitalized(w) && !Leading.Contains(TextNormalizer.Normalize(w)) && !Articles.Contains(TextNormalizer.Normalize(w)));
    }

    /// <summary>
    /// The speaker in a source phrase: the last capitalised run that stands as a name (at the end, or before "and", a
    /// preposition, an auxiliary, an adverb or punctuation: "Finance Minister Jane Doe and others"), its last two words; a phrase whose
    /// capitalised words only modify a common noun ("Western European nations participating in…") is kept whole, up to
    /// a participle.
    /// </summary>
    private static bool EndsName(string next) =>
        !IsCapitalized(next) && (Leading.Contains(next) || Auxiliaries.Contains(next) || next.EndsWith("ly", StringComparison.Ordinal) || !next.Any(char.IsLetter));

    private static string Speaker(string source, bool named)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (Articles.Contains(words[0].ToLowerInvariant()) || Leading.Contains(words[0].ToLowerInvariant()) || words[0] == "of")) words.RemoveAt(0);
        var participle = words.FindIndex(w => !IsCapitalized(w) && w.EndsWith("ing", StringComparison.Ordinal));
        if (participle > 0) words = words.Take(participle).ToList();
        if (!named) return string.Join(' ', words);
        var runEnd = -1;
        for (var i = words.Count - 1; i >= 0 && runEnd < 0; i--)
            if (IsCapitalized(words[i]) && (i == words.Count - 1 || EndsName(words[i + 1])))
                runEnd = i;
        if (runEnd < 0) return string.Join(' ', words);
        var runStart = runEnd;
        while (runStart > 0 && IsCapitalized(words[runStart - 1])) runStart--;
        return string.Join(' ', words.Skip(Math.Max(runStart, runEnd - 1)).Take(runEnd - Math.Max(runStart, runEnd - 1) + 1));
    }
}
