using Workbook.Export;
using Workbook.Text;

namespace Workbook.Rhetoric.Export;

/// <summary>The rhetoric results in the export contract's columns.</summary>
public static class RhetoricCsv
{
    /// <summary>markers.csv: document_id, category, term, in_quote, start, end (booleans true/false).</summary>
    public static CsvFile Markers(IEnumerable<StanceMarkerRow> rows) => new("markers.csv",
        Csv.Table(["document_id", "category", "term", "in_quote", "start", "end"],
            rows.Select(r => (IReadOnlyList<object?>)[r.DocumentId, EnumNames.Name(r.Category), r.Term, r.InQuote, r.Start, r.End])));
}
