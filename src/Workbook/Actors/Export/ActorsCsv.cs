using Workbook.Export;

namespace Workbook.Actors.Export;

/// <summary>The actors results in the export contract's columns.</summary>
internal static class ActorsCsv
{
    /// <summary>actors.csv: document_id, actor, kind, text, in_quote, start, end (booleans true/false).</summary>
    public static CsvFile Mentions(IEnumerable<ActorMentionRow> rows) => new("actors.csv",
        new CsvColumns<ActorMentionRow>().Text("document_id", r => r.DocumentId).Text("actor", r => r.Actor).Name("kind", r => r.Kind)
            .Text("text", r => r.Text).Flag("in_quote", r => r.InQuote).Number("start", r => r.Start).Number("end", r => r.End).Table(rows));
}
