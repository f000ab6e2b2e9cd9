using System.Text;

namespace Workbook.Tests.Support;

/// <summary>A minimal RFC 4180 reader, for checking exports independently of the writer.</summary>
public static class CsvReader
{
    /// <summary>A field of a spreadsheet-safe export as the corpus has it: one leading apostrophe dropped (README: "Exports").</summary>
    public static string FromSpreadsheetForm(string field) => field.StartsWith('\'') ? field[1..] : field;

    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
