using System.Globalization;
using Humanizer;
using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Tables;
using Workbook.Text;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace Workbook.Display;

/// <summary>
/// Renders any <see cref="ITable"/> as one flat HTML table: a caption that counts rows in words,
/// numbers right-aligned, long text cut with the full text on hover. PocketView escapes every cell.
/// </summary>
internal static class TableHtml
{
    /// <summary>At most this many rows are written; the caption says how many there are.</summary>
    public const int MaxRows = 100;

    /// <summary>Text longer than this is cut, with the whole text in the cell's title.</summary>
    public const int MaxCellLength = 160;

    /// <summary>The caption, e.g. "5 documents" or "showing 20 of 1,043 sentences".</summary>
    public static string Caption(ITable table)
    {
        var shown = Math.Min(table.Count, MaxRows);
        var total = table.Noun.ToQuantity(table.TotalCount, "N0", CultureInfo.InvariantCulture);
        return shown < table.TotalCount ? string.Create(CultureInfo.InvariantCulture, $"showing {shown:N0} of {total}") : total;
    }

    /// <summary>The table as an HTML string.</summary>
    /// <param name="source">The table to render.</param>
    public static string Render(ITable source)
    {
        var columns = source.Columns;
        var header = tr(columns.Select(c => (object)th[style: CellText.IsNumeric(c.Type) ? "text-align:right" : "text-align:left"](c.Name)).ToArray());
        var rows = Enumerable.Range(0, Math.Min(source.Count, MaxRows)).Select(i =>
        {
            var row = source.RowAt(i);
            return (object)tr(columns.Select(c => Cell(c, c.Read(row))).ToArray());
        }).ToArray();
        PocketView view = table[@class: "workbook-table"](
            caption[style: "caption-side:top;text-align:left;font-style:italic"](Caption(source)),
            thead(header),
            tbody(rows));
        return view.ToString();
    }

    private static object Cell(TableColumn column, object? value)
    {
        var text = CellText.Format(value);
        if (CellText.IsNumeric(column.Type)) return td[style: "text-align:right;white-space:nowrap"](text);
        if (BidiIsolation.Needed(text))
            return text.Length <= MaxCellLength ? td[style: "text-align:left", dir: "auto"](text) : td[style: "text-align:left", dir: "auto", title: text](TextShortening.Shorten(text, MaxCellLength));
        if (text.Length <= MaxCellLength) return td[style: "text-align:left"](text);
        return td[style: "text-align:left", title: text](TextShortening.Shorten(text, MaxCellLength));
    }
}
