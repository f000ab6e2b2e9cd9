using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>A sentence prepared for retrieval and stance reading: its row, its word norms and stems, and all its token norms.</summary>
/// <param name="Row">The sentence.</param>
/// <param name="Norms">Norms of its word and number tokens, in order (what retrieval counts).</param>
/// <param name="Stems">Their stems.</param>
/// <param name="Tokens">Norms of all its tokens, punctuation included (what stance reading scans, punctuation marking clauses).</param>
public sealed record IndexedSentence(SentenceRow Row, IReadOnlyList<string> Norms, IReadOnlyList<string> Stems, IReadOnlyList<string> Tokens)
{
    /// <summary>Prepares every sentence of <paramref name="document"/>.</summary>
    public static IReadOnlyList<IndexedSentence> Of(Corpus corpus, Document document)
    {
        var words = document.Sentences.Select(_ => new List<string>()).ToList();
        var stems = document.Sentences.Select(_ => new List<string>()).ToList();
        var all = document.Sentences.Select(_ => new List<string>()).ToList();
        var tokens = document.Tokens;
        var ids = tokens.Norms;
        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = corpus.Vocabulary[ids[i]];
            var sentence = tokens.Sentences[i];
            all[sentence].Add(norm);
            if (!tokens.IsWordLike(i)) continue;
            words[sentence].Add(norm);
            stems[sentence].Add(corpus.StemOf(ids[i]));
        }
        return document.Sentences.Select((s, i) => new IndexedSentence(s, words[i], stems[i], all[i])).ToList();
    }
}
