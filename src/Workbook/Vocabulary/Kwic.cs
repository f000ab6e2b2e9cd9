using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Vocabulary;

/// <summary>Keyword in context (quanteda's kwic, AntConc's concordance).</summary>
internal static class Kwic
{
    /// <summary>
    /// Every match of <paramref name="pattern"/> in <paramref name="documents"/>, with <paramref name="window"/>
    /// tokens (punctuation included) either side, in document and position order. Context is the raw text between
    /// the first and last context tokens, so spacing and quotes read as in the source.
    /// </summary>
    public static Table<KwicRow> Find(Corpus corpus, IEnumerable<Document> documents, TermPattern pattern, int window = 5)
    {
        if (window < 0) throw new ArgumentException("the window must be zero or more tokens");
        var rows = new List<KwicRow>();
        foreach (var document in documents)
        {
            var tokens = document.Tokens;
            var norms = corpus.NormsOf(document);
            for (var i = 0; i < tokens.Count; i++)
            {
                var length = tokens.IsWordLike(i) ? pattern.MatchAt(norms, i) : 0;
                if (length == 0) continue;
                var last = i + length - 1;
                var (start, end) = (tokens.Starts[i], tokens.Ends[last]);
                var left = i == 0 || window == 0 ? "" : document.Slice(tokens.Starts[Math.Max(0, i - window)], tokens.Ends[i - 1]);
                var right = last + 1 >= tokens.Count || window == 0 ? "" : document.Slice(tokens.Starts[last + 1], tokens.Ends[Math.Min(tokens.Count - 1, last + window)]);
                rows.Add(new KwicRow(document.Id, i, Flatten(left), document.Slice(start, end), Flatten(right), start, end));
            }
        }
        return rows.ToTable("match");
    }


    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
