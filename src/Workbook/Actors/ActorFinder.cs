using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Actors;

/// <summary>
/// Finds actors in a corpus's kept text. States, organisations and outlets come from the gazetteer, every alias folded
/// into its canonical name. People come from the text: capitalised words after a title ("Russian President Vladimir
/// Putin") name a person, and so does a capitalised pair inside a sentence ("met Boris Johnson") whose second word
/// recurs alone elsewhere in the corpus and that is seen inside a sentence at least once (so "Whether Europe" opening a
/// sentence is no name), unless a word of it is a stop word ("For Putin") or its first word reads as an
/// adjective of place ("Western", "Russian");
/// a person's full name and surname are then found anywhere in the corpus and folded into the longest full name seen. Matching is case-sensitive on whole tokens, a possessive ending ignored ("Moscow’s"); the longest
/// match wins. Removed page chrome is never read, since only kept paragraphs have tokens.
/// </summary>
public static class ActorFinder
{
    private const int MaxNameWords = 3;

    private sealed record Name(string[] Words, string Actor, ActorKind Kind);

    /// <summary>Every mention in every document, documents in corpus order, mentions in text order.</summary>
    public static IReadOnlyList<ActorMentionRow> Find(Corpus corpus, Gazetteer gazetteer, CorpusQuotations quotationsByDocument, IReadOnlySet<string> stopWords)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = corpus.Documents.ToDictionary(d => d.Id, d => Words(d, forms.GetAlternateLookup<ReadOnlySpan<char>>()), StringComparer.Ordinal);
        var names = gazetteer.Entries.SelectMany(e => e.Aliases.Select(a => new Name(Split(a), e.Name, e.Kind))).ToList();
        names.AddRange(People(words, gazetteer, names, stopWords));
        var byFirst = names.GroupBy(n => n.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ToList(), StringComparer.Ordinal);
        var rows = new List<ActorMentionRow>();
        foreach (var document in corpus.Documents)
        {
            var w = words[document.Id];
            for (var i = 0; i < w.Count; i++)
            {
                if (!byFirst.TryGetValue(w[i].Text, out var candidates)) continue;
                var match = candidates.FirstOrDefault(n => Matches(w, i, n.Words));
                if (match is null) continue;
                var (start, end) = (w[i].Start, w[i + match.Words.Length - 1].End);
                rows.Add(new ActorMentionRow(document.Id, match.Actor, match.Kind, document.Slice(start, end), quotationsByDocument.At(document.Id, start) is not null, w[i].Sentence, start, end));
                i += match.Words.Length - 1;
            }
        }
        return rows;
    }

    private readonly record struct Word(string Text, int Start, int End, int Sentence, bool Capitalized);

    /// <summary>The document's tokens as words, possessive endings dropped; <paramref name="forms"/> keeps one string per written form.</summary>
    private static List<Word> Words(Document document, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> forms)
    {
        var tokens = document.Tokens;
        var list = new List<Word>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = WithoutPossessive(document.Text.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]));
            if (!forms.TryGetValue(span, out var text))
            {
                text = span.ToString();
                forms[text] = text;
            }
            list.Add(new Word(text, tokens.Starts[i], tokens.Ends[i], tokens.Sentences[i], text.Length > 0 && char.IsUpper(text[0])));
        }
        return list;
    }

    private static IEnumerable<Name> People(IReadOnlyDictionary<string, List<Word>> words, Gazetteer gazetteer, IReadOnlyList<Name> known, IReadOnlySet<string> stopWords)
    {
        var titles = gazetteer.Titles.Select(Split).OrderByDescending(t => t.Length).ToList();
        var knownFirst = known.Select(n => n.Words[0]).ToHashSet(StringComparer.Ordinal);
        var titlesByFirstWord = titles.Where(t => t.Length > 0).GroupBy(t => t[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var fullNames = new List<string[]>();
        foreach (var w in words.Values)
            for (var i = 0; i < w.Count; i++)
            {
                if (!titlesByFirstWord.TryGetValue(w[i].Text, out var candidates)) continue;
                var title = candidates.FirstOrDefault(t => Matches(w, i, t));
                if (title is null) continue;
                var start = i + title.Length;
                var end = start;
                while (end < w.Count && end - start < MaxNameWords && w[end].Capitalized && w[end].Sentence == w[start].Sentence && !knownFirst.Contains(w[end].Text)) end++;
                if (end > start) fullNames.Add(w.Skip(start).Take(end - start).Select(x => x.Text).ToArray());
            }
        fullNames.AddRange(RepeatedNames(words.Values, titles, knownFirst, stopWords));
        foreach (var group in fullNames.GroupBy(n => n[^1], StringComparer.Ordinal))
        {
            var canonical = string.Join(' ', group.OrderByDescending(n => n.Length).ThenBy(n => string.Join(' ', n), StringComparer.Ordinal).First());
            foreach (var form in group.Select(n => string.Join(' ', n)).Append(group.Key).Distinct(StringComparer.Ordinal))
                yield return new Name(Split(form), canonical, ActorKind.Person);
        }
    }

    private static readonly string[] PlaceAdjectiveEndings = ["ern", "ian", "ish", "ese", "ic", "al", "an", "ch"];

    private static IEnumerable<string[]> RepeatedNames(IEnumerable<List<Word>> documents, IReadOnlyList<string[]> titles, IReadOnlySet<string> known, IReadOnlySet<string> stopWords)
    {
        var lists = documents.ToList();
        bool InsideSentence(List<Word> w, int i) => i > 0 && w[i - 1].Sentence == w[i].Sentence && w[i - 1].Text.Any(char.IsLetterOrDigit);
        var alone = lists.SelectMany(w => w.Where((x, i) => x.Capitalized
                && (i == 0 || !w[i - 1].Capitalized || w[i - 1].Sentence != x.Sentence) && (i + 1 >= w.Count || !w[i + 1].Capitalized || w[i + 1].Sentence != x.Sentence)).Select(x => x.Text))
            .ToHashSet(StringComparer.Ordinal);
        var titleWords = titles.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<(string, string), bool>();
        foreach (var w in lists)
            for (var i = 0; i + 1 < w.Count; i++)
            {
                var (first, last) = (w[i], w[i + 1]);
                if (!first.Capitalized || !last.Capitalized || first.Sentence != last.Sentence || !alone.Contains(last.Text)) continue;
                if (i + 2 < w.Count && w[i + 2].Capitalized && w[i + 2].Sentence == first.Sentence) continue;
                if (i > 0 && w[i - 1].Capitalized && w[i - 1].Sentence == first.Sentence) continue;
                if (known.Contains(first.Text) || known.Contains(last.Text) || titleWords.Contains(first.Text) || titleWords.Contains(last.Text)) continue;
                if (stopWords.Contains(TextNormalizer.Normalize(first.Text)) || stopWords.Contains(TextNormalizer.Normalize(last.Text))) continue;
                if (first.Text.Length < 3 || !first.Text.All(char.IsLetter) || !last.Text.All(c => char.IsLetter(c) || c == '-')) continue;
                if (PlaceAdjectiveEndings.Any(e => first.Text.EndsWith(e, StringComparison.Ordinal))) continue;
                found[(first.Text, last.Text)] = found.GetValueOrDefault((first.Text, last.Text)) || InsideSentence(w, i);
            }
        return found.Where(p => p.Value).Select(p => new[] { p.Key.Item1, p.Key.Item2 }).OrderBy(n => string.Join(' ', n), StringComparer.Ordinal);
    }

    private static bool Matches(List<Word> words, int at, string[] name)
    {
        if (at + name.Length > words.Count) return false;
        for (var k = 0; k < name.Length; k++)
            if (!string.Equals(words[at + k].Text, name[k], StringComparison.Ordinal)) return false;
        return true;
    }

    private static string[] Split(string name) => Tokenizer.Tokenize(name).Select(t => WithoutPossessive(name.AsSpan(t.Start, t.End - t.Start)).ToString()).ToArray();

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2] : text;
}
