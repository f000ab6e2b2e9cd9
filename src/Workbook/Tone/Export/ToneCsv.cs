using Workbook.Export;

namespace Workbook.Tone.Export;

/// <summary>The tone results in the export contract's columns.</summary>
public static class ToneCsv
{
    /// <summary>tone.csv: document_id, sentence_index, compound, start, end.</summary>
    public static CsvFile Sentences(IEnumerable<ToneSentenceRow> rows) => new("tone.csv",
        Csv.Table(["document_id", "sentence_index", "compound", "start", "end"], rows.Select(r => (IReadOnlyList<object?>)[r.DocumentId, r.SentenceIndex, r.Compound, r.Start, r.End])));
}
