using Workbook.Export;

namespace Workbook.Sources.Export;

/// <summary>The sources results in the export contract's columns.</summary>
internal static class SourcesCsv
{
    /// <summary>quotes.csv: document_id, quote, source, speaker, named, outlet, cue, start, end (booleans true/false).</summary>
    public static CsvFile Quotes(IEnumerable<QuoteRow> rows) => new("quotes.csv",
        new CsvColumns<QuoteRow>().Text("document_id", r => r.DocumentId).Text("quote", r => r.Quote).Text("source", r => r.Source)
            .Text("speaker", r => r.Speaker).Flag("named", r => r.Named).Text("outlet", r => r.Outlet).Text("cue", r => r.Cue)
            .Number("start", r => r.Start).Number("end", r => r.End).Table(rows));
}
