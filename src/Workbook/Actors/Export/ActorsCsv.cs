using Workbook.Export;
using Workbook.Text;

namespace Workbook.Actors.Export;

/// <summary>The actors results in the export contract's columns.</summary>
public static class ActorsCsv
{
    /// <summary>actors.csv: document_id, actor, kind, text, in_quote, start, end (booleans true/false).</summary>
    public static CsvFile Mentions(IEnumerable<ActorMentionRow> rows) => new("actors.csv",
        Csv.Table(["document_id", "actor", "kind", "text", "in_quote", "start", "end"],
            rows.Select(r => (IReadOnlyList<object?>)[r.DocumentId, r.Actor, EnumNames.Name(r.Kind), r.Text, r.InQuote, r.Start, r.End])));
}
