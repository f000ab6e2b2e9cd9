using System.Text;

namespace Workbook.Files;

/// <summary>Reads RFC 4180 CSV: a header row, fields quoted when they hold commas, quotes or line ends (doubled quotes inside), CRLF or LF rows.</summary>
internal static class CsvRecords
{
    /// <summary>The rows of <paramref name="text"/>, each by its header's names; <paramref name="path"/> names the file in errors.</summary>
    /// <exception cref="CorpusException">An unclosed quote, a row with another number of fields than the header, or a required column missing.</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path, string text, params string[] required)
    {
        var rows = Rows(path, text).ToList();
        if (rows.Count == 0) throw new CorpusException(path, "is empty; expected a header row");
        var header = rows[0];
        foreach (var column in required)
            if (!header.Contains(column)) throw new CorpusException(path, $"has no \"{column}\" column (columns: {string.Join(", ", header)})");
        return rows.Skip(1).Select((row, i) => row.Count == header.Count
                ? (IReadOnlyDictionary<string, string>)header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)
                : throw new CorpusException(path, $"row {i + 2} has {row.Count} fields, the header {header.Count}"))
            .ToList();
    }

    private static IEnumerable<List<string>> Rows(string path, string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var (quoted, any) = (false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') { field.Append(c); continue; }
                if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; continue; }
                quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; any = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n' or '\r':
                    row.Add(field.ToString());
                    field.Clear();
                    if (any || row.Count > 1 || row[0].Length > 0) yield return row;
                    row = [];
                    any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (quoted) throw new CorpusException(path, "ends inside a quoted field");
        if (any || field.Length > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
