using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Frames;

/// <summary>
/// Reads frames sentence by sentence (after the Media Frames Corpus, whose dimensions are coded per text span): every
/// cue of every frame at every token; a frame's share of a document is the share of its sentences with a cue of it.
/// </summary>
internal static class FrameFinder
{
    /// <summary>Every cue hit of every document, in text order.</summary>
    public static IReadOnlyList<FrameHitRow> Hits(Corpus corpus, FrameLexicon frames, CorpusQuotations quotationsByDocument)
    {
        var rows = new List<FrameHitRow>();
        var lists = frames.Frames.Select(f => new CueIndex(f.Cues)).ToList();
        var startsByNorm = new CueStarts(lists).ByNormId(corpus.Vocabulary);
        foreach (var document in corpus.Documents)
            foreach (var hit in CueScan.Hits(corpus, document, lists, startsByNorm))
                rows.Add(new FrameHitRow(document.Id, frames.Frames[hit.List].Frame, document.Slice(hit.Start, hit.End),
                    quotationsByDocument.At(document.Id, hit.Start) is not null, hit.Sentence, hit.Start, hit.End));
        return rows;
    }

    /// <summary>One row per document and frame, documents in corpus order, frames in file order.</summary>
    public static IReadOnlyList<FrameShareRow> Shares(Corpus corpus, FrameLexicon frames, IReadOnlyList<FrameHitRow> hits)
    {
        var sentencesWith = hits.GroupBy(h => (h.DocumentId, h.Frame)).ToDictionary(g => g.Key, g => g.Select(h => h.SentenceIndex).Distinct().Count());
        return corpus.Documents.SelectMany(d => frames.Frames.Select(f =>
        {
            var count = sentencesWith.GetValueOrDefault((d.Id, f.Frame));
            return new FrameShareRow(d.Id, f.Frame, count, d.Sentences.Count == 0 ? 0 : (double)count / d.Sentences.Count);
        })).ToList();
    }
}
