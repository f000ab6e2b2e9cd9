using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Vocabulary;

/// <summary>Counts of term norms (word and number tokens only) over a set of documents.</summary>
public sealed class TermCounts
{
    private TermCounts(Dictionary<string, int> counts, int total) { Counts = counts; Total = total; }

    /// <summary>Occurrences of each term.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>All word and number tokens counted (stop words included unless excluded).</summary>
    public int Total { get; }

    /// <summary>Occurrences of <paramref name="term"/> (0 when absent).</summary>
    public int this[string term] => Counts.GetValueOrDefault(term);

    /// <summary>Counts the word and number tokens of <paramref name="documents"/>, leaving out <paramref name="exclude"/> when given.</summary>
    public static TermCounts Of(IEnumerable<Document> documents, NormVocabulary vocabulary, IReadOnlySet<string>? exclude = null)
    {
        var byId = new Dictionary<int, int>();
        foreach (var document in documents)
        {
            var tokens = document.Tokens;
            var norms = tokens.Norms;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens.IsWordLike(i)) continue;
                byId[norms[i]] = byId.GetValueOrDefault(norms[i]) + 1;
            }
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var (id, count) in byId)
        {
            var term = vocabulary[id];
            if (exclude is not null && exclude.Contains(term)) continue;
            counts[term] = count;
            total += count;
        }
        return new TermCounts(counts, total);
    }
}
