using Workbook.Export;

namespace Workbook.Frames.Export;

/// <summary>The frames results in the export contract's columns.</summary>
internal static class FramesCsv
{
    /// <summary>frames.csv: document_id, frame, sentences, share.</summary>
    public static CsvFile Shares(IEnumerable<FrameShareRow> rows) => new("frames.csv",
        new CsvColumns<FrameShareRow>().Text("document_id", r => r.DocumentId).Text("frame", r => r.Frame).Number("sentences", r => r.Sentences)
            .Number("share", r => r.Share).Table(rows));
}
