using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Vocabulary;

/// <summary>Counts of term norms (word and number tokens only) over a set of documents.</summary>
internal sealed class TermCounts
{
    private TermCounts(Dictionary<string, int> counts, int total) { Counts = counts; Total = total; }

    /// <summary>Occurrences of each term.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>All word and number tokens counted (stop words included unless excluded).</summary>
    public int Total { get; }

    /// <summary>Occurrences of <paramref name="term"/> (0 when absent).</summary>
    public int this[string term] => Counts.GetValueOrDefault(term);

    /// <summary>Counts the word and number tokens of <paramref name="documents"/>, leaving out <paramref name="exclude"/> when given.</summary>
    public static TermCounts Of(IEnumerable<Document> documents, NormVocabulary vocabulary, IReadOnlySet<string>? exclude = null) =>
        Count(documents, vocabulary, exclude, new int[vocabulary.Count]);

    /// <summary>The counts of each of <paramref name="documents"/> on its own, in order; the same as <see cref="Of"/> per document.</summary>
    public static IReadOnlyList<TermCounts> EachOf(IEnumerable<Document> documents, NormVocabulary vocabulary, IReadOnlySet<string>? exclude = null)
    {
        var scratch = new int[vocabulary.Count];
        return documents.Select(d => Count([d], vocabulary, exclude, scratch)).ToList();
    }

    /// <summary>Counts by vocabulary id in <paramref name="byId"/> (all zeros, and left so), terms kept in order of first appearance.</summary>
    private static TermCounts Count(IEnumerable<Document> documents, NormVocabulary vocabulary, IReadOnlySet<string>? exclude, int[] byId)
    {
        var seen = new List<int>();
        foreach (var document in documents)
        {
            var tokens = document.Tokens;
            var norms = tokens.Norms;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens.IsWordLike(i)) continue;
                if (byId[norms[i]]++ == 0) seen.Add(norms[i]);
            }
        }
        var counts = new Dictionary<string, int>(seen.Count, StringComparer.Ordinal);
        var total = 0;
        foreach (var id in seen)
        {
            var (term, count) = (vocabulary[id], byId[id]);
            byId[id] = 0;
            if (exclude is not null && exclude.Contains(term)) continue;
            counts[term] = count;
            total += count;
        }
        return new TermCounts(counts, total);
    }
}
