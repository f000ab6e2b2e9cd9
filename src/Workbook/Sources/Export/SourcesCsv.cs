using Workbook.Corpora;
using Workbook.Export;

namespace Workbook.Sources.Export;

/// <summary>The sources results in the export contract's columns.</summary>
public static class SourcesCsv
{
    /// <summary>quotes.csv: document_id, quote, source, speaker, named, outlet, cue, start, end (booleans true/false).</summary>
    public static CsvFile Quotes(IEnumerable<QuoteRow> rows) => new("quotes.csv",
        Csv.Table(["document_id", "quote", "source", "speaker", "named", "outlet", "cue", "start", "end"],
            rows.Select(r => (IReadOnlyList<object?>)[r.DocumentId, r.Quote, r.Source, r.Speaker, r.Named, r.Outlet, r.Cue, r.Start, r.End])));
}
