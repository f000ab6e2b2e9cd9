using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Actors;

/// <summary>
/// Finds actors in a corpus's kept text. States, organisations and outlets come from the gazetteer, every alias folded
/// into its canonical name. People come from the text: capitalised words after a title ("Finance Minister Jane
/// Doe") name a person, and so does a capitalised pair inside a sentence ("met John Smith") whose second word
/// recurs alone elsewhere in the corpus and that is seen inside a sentence at least once (so "Whether Europe" opening a
/// sentence is no name), unless a word of it is a stop word ("For Smith") or its first word reads as an
/// adjective of place ("Western", "French");
/// a person's full name and surname are then found anywhere in the corpus and folded into the longest full name seen. Matching is case-sensitive on whole tokens, a possessive ending ignored ("Paris’s"); the longest
/// match wins. Removed page chrome is never read, since only kept paragraphs have tokens.
/// </summary>
internal static class ActorFinder
{
    private const int MaxNameWords = 3;

    private sealed record Name(string[] Words, string Actor, ActorKind Kind);

    /// <summary>Every mention in every document, documents in corpus order, mentions in text order.</summary>
    public static IReadOnlyList<ActorMentionRow> Find(Corpus corpus, Gazetteer gazetteer, CorpusQuotations quotationsByDocument, IReadOnlySet<string> stopWords)
    {
        var forms = new WrittenForms();
        var documents = corpus.Documents.Select(d => new DocumentWords(d, forms)).ToList();
        var names = gazetteer.Entries.SelectMany(e => e.Aliases.Select(a => new Name(Split(a), e.Name, e.Kind))).ToList();
        names.AddRange(People(documents, forms, gazetteer, names, stopWords));
        var byFirst = names.Select(n => (Name: n, Ids: forms.IdsOf(n.Words))).Where(n => n.Ids is not null)
            .GroupBy(n => n.Ids![0]).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Ids!.Length).ToList());
        var rows = new List<ActorMentionRow>();
        foreach (var w in documents)
        {
            var document = w.Document;
            for (var i = 0; i < w.Count; i++)
            {
                if (!byFirst.TryGetValue(w.Form(i), out var candidates)) continue;
                var (match, ids) = candidates.FirstOrDefault(n => w.Matches(i, n.Ids!));
                if (match is null) continue;
                var (start, end) = (w.Start(i), w.End(i + ids!.Length - 1));
                rows.Add(new ActorMentionRow(document.Id, match.Actor, match.Kind, document.Slice(start, end), quotationsByDocument.At(document.Id, start) is not null, w.Sentence(i), start, end));
                i += ids.Length - 1;
            }
        }
        return rows;
    }

    /// <summary>One id per distinct written form of a token (possessive ending dropped), with its text and whether it is capitalised.</summary>
    private sealed class WrittenForms
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];
        private readonly List<bool> _capitalized = [];
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

        public WrittenForms() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Intern(ReadOnlySpan<char> form)
        {
            if (_bySpan.TryGetValue(form, out var id)) return id;
            var text = form.ToString();
            _ids[text] = id = _texts.Count;
            _texts.Add(text);
            _capitalized.Add(text.Length > 0 && char.IsUpper(text[0]));
            return id;
        }

        public string Text(int id) => _texts[id];

        public bool Capitalized(int id) => _capitalized[id];

        /// <summary>The ids of <paramref name="words"/>, or null when one of them is never written in the corpus (so they cannot match).</summary>
        public int[]? IdsOf(string[] words)
        {
            var ids = new int[words.Length];
            for (var k = 0; k < words.Length; k++)
                if (!_ids.TryGetValue(words[k], out ids[k])) return null;
            return ids;
        }

        /// <summary>The ids of those of <paramref name="words"/> the corpus writes; the others are left out.</summary>
        public HashSet<int> KnownIds(IEnumerable<string> words) => words.Select(w => _ids.TryGetValue(w, out var id) ? id : -1).Where(id => id >= 0).ToHashSet();
    }

    /// <summary>A document's tokens as written-form ids, one per token; offsets and sentences are read from its token columns.</summary>
    private sealed class DocumentWords
    {
        private readonly int[] _forms;
        private readonly WrittenForms _written;

        public DocumentWords(Document document, WrittenForms written)
        {
            (Document, _written) = (document, written);
            var tokens = document.Tokens;
            _forms = new int[tokens.Count];
            for (var i = 0; i < _forms.Length; i++)
                _forms[i] = written.Intern(WithoutPossessive(document.Text.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i])));
        }

        public Document Document { get; }

        public int Count => _forms.Length;

        public int Form(int i) => _forms[i];

        public string Text(int i) => _written.Text(_forms[i]);

        public bool Capitalized(int i) => _written.Capitalized(_forms[i]);

        public int Start(int i) => Document.Tokens.Starts[i];

        public int End(int i) => Document.Tokens.Ends[i];

        public int Sentence(int i) => Document.Tokens.Sentences[i];

        public bool Matches(int at, int[] name)
        {
            if (at + name.Length > _forms.Length) return false;
            for (var k = 0; k < name.Length; k++)
                if (_forms[at + k] != name[k]) return false;
            return true;
        }
    }

    private static IEnumerable<Name> People(IReadOnlyList<DocumentWords> documents, WrittenForms forms, Gazetteer gazetteer, IReadOnlyList<Name> known, IReadOnlySet<string> stopWords)
    {
        var titles = gazetteer.Titles.Select(Split).OrderByDescending(t => t.Length).ToList();
        var knownFirst = forms.KnownIds(known.Select(n => n.Words[0]));
        var titlesByFirstWord = titles.Where(t => t.Length > 0).Select(t => forms.IdsOf(t)).OfType<int[]>()
            .GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToList());
        var fullNames = new List<string[]>();
        foreach (var w in documents)
            for (var i = 0; i < w.Count; i++)
            {
                if (!titlesByFirstWord.TryGetValue(w.Form(i), out var candidates)) continue;
                var title = candidates.FirstOrDefault(t => w.Matches(i, t));
                if (title is null) continue;
                var start = i + title.Length;
                var end = start;
                while (end < w.Count && end - start < MaxNameWords && w.Capitalized(end) && w.Sentence(end) == w.Sentence(start) && !knownFirst.Contains(w.Form(end))) end++;
                if (end > start) fullNames.Add(Enumerable.Range(start, end - start).Select(w.Text).ToArray());
            }
        fullNames.AddRange(RepeatedNames(documents, forms.KnownIds(titles.SelectMany(t => t)), knownFirst, stopWords));
        foreach (var group in fullNames.GroupBy(n => n[^1], StringComparer.Ordinal))
        {
            var canonical = string.Join(' ', group.OrderByDescending(n => n.Length).ThenBy(n => string.Join(' ', n), StringComparer.Ordinal).First());
            foreach (var form in group.Select(n => string.Join(' ', n)).Append(group.Key).Distinct(StringComparer.Ordinal))
                yield return new Name(Split(form), canonical, ActorKind.Person);
        }
    }

    private static readonly string[] PlaceAdjectiveEndings = ["ern", "ian", "ish", "ese", "ic", "al", "an", "ch"];

    private static IEnumerable<string[]> RepeatedNames(IReadOnlyList<DocumentWords> documents, IReadOnlySet<int> titleWords, IReadOnlySet<int> known, IReadOnlySet<string> stopWords)
    {
        bool InsideSentence(DocumentWords w, int i) => i > 0 && w.Sentence(i - 1) == w.Sentence(i) && w.Text(i - 1).Any(char.IsLetterOrDigit);
        bool Alone(DocumentWords w, int i) => w.Capitalized(i)
            && (i == 0 || !w.Capitalized(i - 1) || w.Sentence(i - 1) != w.Sentence(i)) && (i + 1 >= w.Count || !w.Capitalized(i + 1) || w.Sentence(i + 1) != w.Sentence(i));
        var alone = documents.SelectMany(w => Enumerable.Range(0, w.Count).Where(i => Alone(w, i)).Select(w.Form)).ToHashSet();
        var found = new Dictionary<(string, string), bool>();
        foreach (var w in documents)
            for (var i = 0; i + 1 < w.Count; i++)
            {
                if (!w.Capitalized(i) || !w.Capitalized(i + 1) || w.Sentence(i) != w.Sentence(i + 1) || !alone.Contains(w.Form(i + 1))) continue;
                if (i + 2 < w.Count && w.Capitalized(i + 2) && w.Sentence(i + 2) == w.Sentence(i)) continue;
                if (i > 0 && w.Capitalized(i - 1) && w.Sentence(i - 1) == w.Sentence(i)) continue;
                if (known.Contains(w.Form(i)) || known.Contains(w.Form(i + 1)) || titleWords.Contains(w.Form(i)) || titleWords.Contains(w.Form(i + 1))) continue;
                var (first, last) = (w.Text(i), w.Text(i + 1));
                if (stopWords.Contains(TextNormalizer.Normalize(first)) || stopWords.Contains(TextNormalizer.Normalize(last))) continue;
                if (first.Length < 3 || !first.All(char.IsLetter) || !last.All(c => char.IsLetter(c) || c == '-')) continue;
                if (PlaceAdjectiveEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal))) continue;
                found[(first, last)] = found.GetValueOrDefault((first, last)) || InsideSentence(w, i);
            }
        return found.Where(p => p.Value).Select(p => new[] { p.Key.Item1, p.Key.Item2 }).OrderBy(n => string.Join(' ', n), StringComparer.Ordinal);
    }

    private static string[] Split(string name) => Tokenizer.Tokenize(name).Select(t => WithoutPossessive(name.AsSpan(t.Start, t.End - t.Start)).ToString()).ToArray();

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2] : text;
}
