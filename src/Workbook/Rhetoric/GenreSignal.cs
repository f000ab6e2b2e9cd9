using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Rhetoric;

/// <summary>
/// Places each document between opinion and reporting by transparent signals (after Biber's dimension of involved
/// against informational production): first person, reader address, questions and imperatives, and boosters over
/// hedges point to opinion; attribution points to reporting. Each signal is turned into a z-score across the corpus's
/// documents, and the opinion index is their mean, attribution with its sign reversed.
/// </summary>
internal static class GenreSignal
{
    /// <summary>One row per document, in corpus order.</summary>
    public static IReadOnlyList<GenreRow> Of(Corpus corpus, IReadOnlyList<StanceMarkerRow> markers, IReadOnlyList<StanceRateRow> rates,
        IReadOnlyList<AttributionShareRow> attribution, MarkerLexicon lexicon)
    {
        var ownOf = markers.Where(m => !m.InSpeech).ToLookup(m => m.DocumentId);
        var wordsOf = rates.GroupBy(r => r.DocumentId).ToDictionary(g => g.Key, g => g.First().AuthorWords);
        var attributedOf = attribution.GroupBy(a => a.DocumentId).ToDictionary(g => g.Key, g => g.First().Share);
        var rows = corpus.Documents.Select(document =>
        {
            var own = ownOf[document.Id].ToList();
            var words = wordsOf[document.Id];
            double Per(int count) => words == 0 ? 0 : 1000.0 * count / words;
            int Count(StanceMarkerCategory category) => own.Count(m => m.Category == category);
            var questions = own.Count(m => m.Category == StanceMarkerCategory.Engagement && m.Term == "question");
            var sentenceStarts = document.Sentences.Select(s => s.Start).ToHashSet();
            var imperatives = own.Count(m => m.Category == StanceMarkerCategory.Engagement && sentenceStarts.Contains(m.Start)
                && lexicon.Imperatives.Contains(TextNormalizer.Normalize(m.Term)));
            var address = Count(StanceMarkerCategory.Engagement) - questions - imperatives;
            return new GenreRow(document.Id, document.Kind, Per(Count(StanceMarkerCategory.SelfMention)), Per(address), Per(questions), Per(imperatives),
                Per(Count(StanceMarkerCategory.Booster) - Count(StanceMarkerCategory.Hedge)), attributedOf[document.Id], 0);
        }).ToList();
        var signals = new Func<GenreRow, double>[] { r => r.FirstPerson, r => r.ReaderAddress, r => r.Questions, r => r.Imperatives, r => r.BoostersOverHedges, r => -r.Attribution };
        var z = signals.Select(signal => ZScores(rows.Select(signal).ToList())).ToList();
        return rows.Select((r, i) => r with { OpinionIndex = z.Average(scores => scores[i]) }).ToList();
    }

    private static double[] ZScores(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
        return values.Select(v => sd == 0 ? 0 : (v - mean) / sd).ToArray();
    }
}
