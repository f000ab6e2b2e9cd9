using System.Globalization;
using System.Text.RegularExpressions;

namespace Workbook.Tone;

/// <summary>
/// VADER's data (Hutto &amp; Gilbert 2014) as the npm package <c>vader-sentiment</c> ships it (Apache-2.0): the valence
/// lexicon file, and the negation list, booster dictionary, idioms, punctuation list and constants that its module
/// declares. Both are read from the package at load time; none is copied into code.
/// </summary>
public sealed partial class VaderLexicon
{
    private VaderLexicon() { }

    /// <summary>The same data, looked up by a span of text so a scorer need not make a string per word.</summary>
    internal VaderSpanLookups Spans { get; private init; } = null!;

    /// <summary>Mean valence of each lexicon entry, by its lower-case form.</summary>
    public IReadOnlyDictionary<string, double> Valence { get; private init; } = new Dictionary<string, double>();
    /// <summary>Words that negate what follows.</summary>
    public IReadOnlySet<string> Negations { get; private init; } = new HashSet<string>();
    /// <summary>Degree adverbs and their increment (positive boosts, negative dampens).</summary>
    public IReadOnlyDictionary<string, double> Boosters { get; private init; } = new Dictionary<string, double>();
    /// <summary>Multi-word idioms with their own valence.</summary>
    public IReadOnlyDictionary<string, double> Idioms { get; private init; } = new Dictionary<string, double>();
    /// <summary>The first words of the idioms: a run of words can only be an idiom when it starts with one.</summary>
    public IReadOnlySet<string> IdiomFirstWords { get; private init; } = new HashSet<string>();
    /// <summary>The first words of the boosters that are phrases ("kind of").</summary>
    public IReadOnlySet<string> PhrasalBoosterFirstWords { get; private init; } = new HashSet<string>();
    /// <summary>Punctuation that may stick to a word and is stripped from it.</summary>
    public IReadOnlyList<string> Punctuation { get; private init; } = [];
    /// <summary>A booster's increment (0.293 in the package).</summary>
    public double BoosterIncrement { get; private init; }
    /// <summary>The emphasis of a word in capitals among words that are not (0.733).</summary>
    public double CapitalIncrement { get; private init; }
    /// <summary>The factor a negation applies (−0.74).</summary>
    public double NegationScalar { get; private init; }

    /// <summary>Reads the lexicon file and the module.</summary>
    /// <exception cref="FormatException">Either does not hold what VADER's files hold.</exception>
    public static VaderLexicon Parse(string lexicon, string module)
    {
        var valence = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lexicon.ReplaceLineEndings("\n").Split('\n'))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean)) valence[fields[0]] = mean;
        }
        var constants = Constant().Matches(module).ToDictionary(m => m.Groups["name"].Value, m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
        double Named(string name) => constants.TryGetValue(name, out var value) ? value : throw new FormatException($"the VADER module declares no {name}");
        string Block(string name, char open, char close)
        {
            var at = module.IndexOf($"export const {name} = {open}", StringComparison.Ordinal);
            var end = at < 0 ? -1 : module.IndexOf(close + ";", at, StringComparison.Ordinal);
            return at >= 0 && end > at ? module[at..end] : throw new FormatException($"the VADER module declares no {name}");
        }
        IEnumerable<(string Key, string Value)> Entries(string block) => Entry().Matches(block).Select(m =>
            (m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value, m.Groups["value"].Value.Trim()));
        double Number(string value) => constants.TryGetValue(value, out var named) ? named : double.Parse(value, CultureInfo.InvariantCulture);
        var boosters = Entries(Block("BOOSTER_DICT", '{', '}')).ToDictionary(e => e.Key, e => Number(e.Value), StringComparer.Ordinal);
        var idioms = Entries(Block("SPECIAL_CASE_IDIOMS", '{', '}')).ToDictionary(e => e.Key, e => Number(e.Value), StringComparer.Ordinal);
        static HashSet<string> FirstWords(IEnumerable<string> phrases) =>
            phrases.Where(p => p.Contains(' ')).Select(p => p[..p.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
        var negations = Quoted().Matches(Block("NEGATE", '[', ']')).Select(m => m.Groups["text"].Value).ToHashSet(StringComparer.Ordinal);
        var (idiomFirstWords, phrasalBoosterFirstWords) = (FirstWords(idioms.Keys), FirstWords(boosters.Keys));
        var result = new VaderLexicon
        {
            Valence = valence,
            Negations = negations,
            Boosters = boosters,
            Idioms = idioms,
            IdiomFirstWords = idiomFirstWords,
            PhrasalBoosterFirstWords = phrasalBoosterFirstWords,
            Punctuation = Quoted().Matches(Block("PUNC_LIST", '[', ']')).Select(m => m.Groups["text"].Value).ToList(),
            BoosterIncrement = Named("B_INCR"),
            CapitalIncrement = Named("C_INCR"),
            NegationScalar = Named("N_SCALAR"),
            Spans = new VaderSpanLookups(valence, negations, boosters, idiomFirstWords, phrasalBoosterFirstWords),
        };
        if (valence.Count < 1000 || result.Negations.Count == 0 || result.Boosters.Count == 0) throw new FormatException("the VADER lexicon or module is incomplete");
        return result;
    }

    [GeneratedRegex("export const (?<name>[A-Z_]+) = (?<value>-?[0-9.]+);")]
    private static partial Regex Constant();

    [GeneratedRegex("(?:'(?<text>[^'\\n]*)'|\"(?<text>[^\"\\n]*)\")")]
    private static partial Regex Quoted();

    [GeneratedRegex("^\\s*(?:'(?<quoted>[^']+)'|\"(?<quoted>[^\"]+)\"|(?<bare>[A-Za-z]+))\\s*:\\s*(?<value>[^,\\n]+),?\\s*$", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
