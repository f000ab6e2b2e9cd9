using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Rhetoric;

/// <summary>
/// Finds stance and engagement markers (after Hyland 2005) in a document: every lexicon marker at every token, a
/// direct question for each sentence ending in '?', and an imperative for each sentence that opens with a base verb
/// of the lexicon. A self-mention written in capitals ("US", "WE") is an acronym, not the writer. Each hit says
/// whether it lies inside a quotation, and whether inside reported speech.
/// </summary>
internal static class StanceMarkers
{
    /// <summary>The markers of every document, documents in corpus order, each in text order (category order at one place).</summary>
    public static IReadOnlyList<StanceMarkerRow> Find(Corpus corpus, MarkerLexicon lexicon, CorpusQuotations quotations)
    {
        var startsByNorm = lexicon.Starts.ByNormId(corpus.Vocabulary);
        var lists = lexicon.Indexes.Select(i => i.Index).ToList();
        return corpus.Documents.SelectMany(d => Find(corpus, d, lexicon, quotations, lists, startsByNorm)).ToList();
    }

    private static IReadOnlyList<StanceMarkerRow> Find(Corpus corpus, Document document, MarkerLexicon lexicon, CorpusQuotations quotations,
        IReadOnlyList<CueIndex> lists, CueListSet[] startsByNorm)
    {
        var norms = corpus.NormsOf(document);
        var tokens = document.Tokens;
        var rows = new List<StanceMarkerRow>();
        void Add(StanceMarkerCategory category, string term, int sentence, int start, int end) =>
            rows.Add(new StanceMarkerRow(document.Id, category, term, quotations.At(document.Id, start) is not null,
                quotations.InSpeech(document.Id, start), sentence, start, end));

        foreach (var hit in CueScan.Hits(corpus, document, lists, startsByNorm))
        {
            var category = lexicon.Indexes[hit.List].Category;
            var text = document.Slice(hit.Start, hit.End);
            if (category == StanceMarkerCategory.SelfMention && IsAcronym(text)) continue;
            Add(category, text, hit.Sentence, hit.Start, hit.End);
        }
        var firstWords = FirstWords(document, tokens);
        var engagementStarts = rows.Where(r => r.Category == StanceMarkerCategory.Engagement).Select(r => r.Start).ToHashSet();
        foreach (var sentence in document.Sentences)
        {
            var text = sentence.AsSpan().TrimEnd("\"'\u201D\u2019) ");
            if (text.EndsWith('?')) Add(StanceMarkerCategory.Engagement, "question", sentence.Index, sentence.Start, sentence.End);
            else if (firstWords[sentence.Index] is var first and >= 0 && lexicon.Imperatives.Contains(norms[first])
                     && !engagementStarts.Contains(tokens.Starts[first]))
                Add(StanceMarkerCategory.Engagement, document.Slice(tokens.Starts[first], tokens.Ends[first]), sentence.Index, tokens.Starts[first], tokens.Ends[first]);
        }
        return rows.OrderBy(r => r.Start).ThenBy(r => r.Category).ToList();
    }

    private static bool IsAcronym(string text) => text.Count(char.IsLetter) >= 2 && text.Where(char.IsLetter).All(char.IsUpper);

    private static int[] FirstWords(Document document, TokenColumns tokens)
    {
        var first = Enumerable.Repeat(-1, document.Sentences.Count).ToArray();
        for (var i = tokens.Count - 1; i >= 0; i--)
            if (tokens.IsWordLike(i)) first[tokens.Sentences[i]] = i;
        return first;
    }
}
