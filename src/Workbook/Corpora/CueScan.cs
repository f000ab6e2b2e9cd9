using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Runs cue lists over a document's tokens: at every token, each list that may start there (by the token's norm) and
/// matches from it, with its first match. The one scan behind every lexicon that marks spans of text.
/// </summary>
internal static class CueScan
{
    /// <summary>
    /// Every match of <paramref name="lists"/> in <paramref name="document"/>, in token order and, at one token, in list order.
    /// </summary>
    /// <param name="corpus">The corpus the document belongs to (its norms).</param>
    /// <param name="document">The document scanned.</param>
    /// <param name="lists">The cue lists, at most <see cref="CueStarts.MaxLists"/>.</param>
    /// <param name="startsByNorm">Which lists may start at each norm id: <c>new CueStarts(lists).ByNormId(corpus.Vocabulary)</c>, made once per corpus.</param>
    public static IReadOnlyList<CueHit> Hits(Corpus corpus, Document document, IReadOnlyList<CueIndex> lists, CueListSet[] startsByNorm)
    {
        var norms = corpus.NormsOf(document);
        var tokens = document.Tokens;
        var hits = new List<CueHit>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var candidates = startsByNorm[tokens.Norms[i]];
            if (candidates.IsEmpty) continue;
            for (var k = 0; k < lists.Count; k++)
            {
                if (!candidates.Contains(k) || lists[k].FirstMatchAt(norms, i) is not { } match) continue;
                hits.Add(new CueHit(k, tokens.Sentences[i], tokens.Starts[i], tokens.Ends[match.End - 1]));
            }
        }
        return hits;
    }
}
