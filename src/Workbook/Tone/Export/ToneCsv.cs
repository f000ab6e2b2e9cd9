using Workbook.Export;

namespace Workbook.Tone.Export;

/// <summary>The tone results in the export contract's columns.</summary>
internal static class ToneCsv
{
    /// <summary>tone.csv: document_id, sentence_index, compound, start, end.</summary>
    public static CsvFile Sentences(IEnumerable<ToneSentenceRow> rows) => new("tone.csv",
        new CsvColumns<ToneSentenceRow>().Text("document_id", r => r.DocumentId).Number("sentence_index", r => r.SentenceIndex)
            .Number("compound", r => r.Compound).Number("start", r => r.Start).Number("end", r => r.End).Table(rows));
}
