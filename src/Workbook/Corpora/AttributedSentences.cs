using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>The share of each document's sentences that carry a reporting cue ("said", "warned") or a relay cue ("according to").</summary>
internal static class AttributedSentences
{
    /// <summary>One row per document, in corpus order.</summary>
    public static IReadOnlyList<AttributionShareRow> Of(Corpus corpus, CueLexicon cues)
    {
        var attributing = new CueIndex(cues[CueSection.Reporting].Concat(cues[CueSection.Relay]).ToList());
        return corpus.Documents.Select(document =>
        {
            var attributed = IndexedSentence.Of(corpus, document)
                .Count(s => Enumerable.Range(0, s.Tokens.Count).Any(i => attributing.FirstMatchAt(s.Tokens, i) is not null));
            var count = document.Sentences.Count;
            return new AttributionShareRow(document.Id, count, attributed, count == 0 ? 0 : (double)attributed / count);
        }).ToList();
    }
}
