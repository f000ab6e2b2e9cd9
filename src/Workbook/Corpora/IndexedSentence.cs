using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>A sentence prepared for retrieval and stance reading: its row, its word norms and stems, and all its token norms.</summary>
/// <param name="Row">The sentence.</param>
/// <param name="Norms">Norms of its word and number tokens, in order (what retrieval counts).</param>
/// <param name="Stems">Their stems.</param>
/// <param name="Tokens">Norms of all its tokens, punctuation included (what stance reading scans, punctuation marking clauses).</param>
public sealed record IndexedSentence(SentenceRow Row, IReadOnlyList<string> Norms, IReadOnlyList<string> Stems, IReadOnlyList<string> Tokens)
{
    /// <summary>Prepares every sentence of <paramref name="document"/>; each sentence's lists read the document's token columns in place.</summary>
    public static IReadOnlyList<IndexedSentence> Of(Corpus corpus, Document document)
    {
        var tokens = document.Tokens;
        var owners = tokens.Sentences;
        var wordCount = 0;
        for (var i = 0; i < tokens.Count; i++) if (tokens.IsWordLike(i)) wordCount++;
        var wordTokens = new int[wordCount];
        // Tokens come in sentence order, so each sentence's tokens, and its words, are one contiguous run.
        var (tokenStarts, wordStarts) = (new int[document.Sentences.Count + 1], new int[document.Sentences.Count + 1]);
        var word = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            tokenStarts[owners[i] + 1] = i + 1;
            if (!tokens.IsWordLike(i)) continue;
            wordTokens[word] = i;
            wordStarts[owners[i] + 1] = ++word;
        }
        for (var s = 1; s < tokenStarts.Length; s++)
        {
            tokenStarts[s] = Math.Max(tokenStarts[s], tokenStarts[s - 1]);
            wordStarts[s] = Math.Max(wordStarts[s], wordStarts[s - 1]);
        }
        var (norms, stems) = (corpus.Vocabulary.Terms, corpus.Stems);
        var sentences = new IndexedSentence[document.Sentences.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            var (from, count) = (wordStarts[s], wordStarts[s + 1] - wordStarts[s]);
            sentences[s] = new IndexedSentence(document.Sentences[s], new TokenTermRun(tokens, norms, wordTokens, from, count),
                new TokenTermRun(tokens, stems, wordTokens, from, count), new TokenTermRun(tokens, norms, null, tokenStarts[s], tokenStarts[s + 1] - tokenStarts[s]));
        }
        return sentences;
    }
}
