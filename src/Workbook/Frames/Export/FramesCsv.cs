using Workbook.Export;

namespace Workbook.Frames.Export;

/// <summary>The frames results in the export contract's columns.</summary>
public static class FramesCsv
{
    /// <summary>frames.csv: document_id, frame, sentences, share.</summary>
    public static CsvFile Shares(IEnumerable<FrameShareRow> rows) => new("frames.csv",
        Csv.Table(["document_id", "frame", "sentences", "share"], rows.Select(r => (IReadOnlyList<object?>)[r.DocumentId, r.Frame, r.Sentences, r.Share])));
}
