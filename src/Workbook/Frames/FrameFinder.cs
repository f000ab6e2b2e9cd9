using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Frames;

/// <summary>
/// Reads frames sentence by sentence (after the Media Frames Corpus, whose dimensions are coded per text span): every
/// cue of every frame at every token; a frame's share of a document is the share of its sentences with a cue of it.
/// </summary>
public static class FrameFinder
{
    /// <summary>Every cue hit of every document, in text order.</summary>
    public static IReadOnlyList<FrameHitRow> Hits(Corpus corpus, FrameLexicon frames, CorpusQuotations quotationsByDocument)
    {
        var rows = new List<FrameHitRow>();
        var indexes = frames.Frames.Select(f => (f.Frame, Index: new CueIndex(f.Cues))).ToList();
        var startsByNorm = new CueStarts(indexes.Select(f => f.Index)).ByNormId(corpus.Vocabulary);
        foreach (var document in corpus.Documents)
        {
            var norms = corpus.NormsOf(document);
            var tokens = document.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var candidates = startsByNorm[tokens.Norms[i]];
                if (candidates.IsEmpty) continue;
                for (var k = 0; k < indexes.Count; k++)
                {
                    var (frame, index) = indexes[k];
                    if (!candidates.Contains(k) || index.FirstMatchAt(norms, i) is not { } match) continue;
                    var (start, stop) = (tokens.Starts[i], tokens.Ends[match.End - 1]);
                    rows.Add(new FrameHitRow(document.Id, frame, document.Slice(start, stop), quotationsByDocument.At(document.Id, start) is not null, tokens.Sentences[i], start, stop));
                }
            }
        }
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
