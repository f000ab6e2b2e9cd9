using Workbook.Export;

namespace Workbook.Rhetoric.Export;

/// <summary>The rhetoric results in the export contract's columns.</summary>
internal static class RhetoricCsv
{
    /// <summary>markers.csv: document_id, category, term, in_quote, start, end (booleans true/false).</summary>
    public static CsvFile Markers(IEnumerable<StanceMarkerRow> rows) => new("markers.csv",
        new CsvColumns<StanceMarkerRow>().Text("document_id", r => r.DocumentId).Name("category", r => r.Category).Text("term", r => r.Term)
            .Flag("in_quote", r => r.InQuote).Number("start", r => r.Start).Number("end", r => r.End).Table(rows));
}
