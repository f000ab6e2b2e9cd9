namespace Workbook.Corpora;

/// <summary>A sentence prepared for retrieval and stance reading: its row, its word norms and stems, and all its token norms.</summary>
internal sealed class IndexedSentence
{
    private readonly IReadOnlyList<string>? _norms, _stems, _tokens;
    private readonly DocumentTerms? _terms;
    private readonly int _wordStart, _wordCount, _tokenStart, _tokenCount;

    /// <summary>A sentence whose lists are given.</summary>
    /// <param name="row">The sentence.</param>
    /// <param name="norms">Norms of its word and number tokens, in order (what retrieval counts).</param>
    /// <param name="stems">Their stems.</param>
    /// <param name="tokens">Norms of all its tokens, punctuation included (what stance reading scans, punctuation marking clauses).</param>
    public IndexedSentence(SentenceRow row, IReadOnlyList<string> norms, IReadOnlyList<string> stems, IReadOnlyList<string> tokens) =>
        (Row, _norms, _stems, _tokens) = (row, norms, stems, tokens);

    private IndexedSentence(SentenceRow row, DocumentTerms terms, int wordStart, int wordCount, int tokenStart, int tokenCount) =>
        (Row, _terms, _wordStart, _wordCount, _tokenStart, _tokenCount) = (row, terms, wordStart, wordCount, tokenStart, tokenCount);

    /// <summary>The sentence.</summary>
    public SentenceRow Row { get; }

    /// <summary>Norms of its word and number tokens, in order (what retrieval counts).</summary>
    public IReadOnlyList<string> Norms => _norms ?? _terms!.Words(_wordStart, _wordCount);

    /// <summary>The number of its word and number tokens (<see cref="Norms"/>' count).</summary>
    public int WordCount => _norms?.Count ?? _wordCount;

    /// <summary>Their stems.</summary>
    public IReadOnlyList<string> Stems => _stems ?? _terms!.WordStems(_wordStart, _wordCount);

    /// <summary>Norms of all its tokens, punctuation included (what stance reading scans, punctuation marking clauses).</summary>
    public IReadOnlyList<string> Tokens => _tokens ?? _terms!.Tokens(_tokenStart, _tokenCount);

    /// <summary>What a document's sentences share: its token columns, the corpus's norms and stems, and which tokens are words.</summary>
    private sealed class DocumentTerms(TokenColumns columns, IReadOnlyList<string> norms, IReadOnlyList<string> stems, int[] wordTokens)
    {
        /// <summary>The norms of words <paramref name="start"/> onward (word <c>k</c> is token <c>wordTokens[k]</c>).</summary>
        public TokenTermRun Words(int start, int count) => new(columns, norms, wordTokens, start, count);

        /// <summary>The stems of the same words.</summary>
        public TokenTermRun WordStems(int start, int count) => new(columns, stems, wordTokens, start, count);

        /// <summary>The norms of tokens <paramref name="start"/> onward, punctuation included.</summary>
        public TokenTermRun Tokens(int start, int count) => new(columns, norms, null, start, count);
    }

    /// <summary>Prepares every sentence of <paramref name="document"/>; each sentence's lists read the document's token columns in place, made when asked for.</summary>
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
        var terms = new DocumentTerms(tokens, corpus.Vocabulary.Terms, corpus.Stems, wordTokens);
        var sentences = new IndexedSentence[document.Sentences.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            sentences[s] = new IndexedSentence(document.Sentences[s], terms, wordStarts[s], wordStarts[s + 1] - wordStarts[s],
                tokenStarts[s], tokenStarts[s + 1] - tokenStarts[s]);
        }
        return sentences;
    }
}
