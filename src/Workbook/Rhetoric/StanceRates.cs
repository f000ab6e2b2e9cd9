using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Rhetoric;

/// <summary>Marker rates per 1,000 words of the author's own voice: markers and words inside reported speech are left out.</summary>
internal static class StanceRates
{
    /// <summary>One row per document and category, documents in corpus order, categories in their order.</summary>
    public static IReadOnlyList<StanceRateRow> Of(Corpus corpus, IReadOnlyList<StanceMarkerRow> markers, CorpusQuotations quotations)
    {
        var rows = new List<StanceRateRow>();
        var ownOf = markers.Where(m => !m.InSpeech).ToLookup(m => m.DocumentId);
        foreach (var document in corpus.Documents)
        {
            var words = 0;
            var tokens = document.Tokens;
            for (var i = 0; i < tokens.Count; i++)
                if (tokens.IsWordLike(i) && !quotations.InSpeech(document.Id, tokens.Starts[i])) words++;
            var own = ownOf[document.Id].ToList();
            foreach (var category in Enum.GetValues<StanceMarkerCategory>())
            {
                var count = own.Count(m => m.Category == category);
                rows.Add(new StanceRateRow(document.Id, category, count, words, words == 0 ? 0 : 1000.0 * count / words));
            }
        }
        return rows;
    }
}
