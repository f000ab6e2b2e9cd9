using System.Text;
using Workbook.Files;

namespace Workbook.Export;

/// <summary>One export file: its name and its rows.</summary>
/// <param name="Name">The file name, e.g. "tokens.csv".</param>
/// <param name="Table">The header and the rows.</param>
public sealed record CsvFile(string Name, CsvTable Table)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>The whole file as text, safe for spreadsheets (for small files and tests; exports stream with <see cref="WriteInto"/>).</summary>
    public string Content => ContentIn(CsvTextForm.Spreadsheet);

    /// <summary>The whole file as text, text fields in <paramref name="form"/>.</summary>
    public string ContentIn(CsvTextForm form)
    {
        using var text = new StringWriter();
        Table.Write(text, form);
        return text.ToString();
    }

    /// <summary>Streams the file as UTF-8 into <paramref name="folder"/>, through a temporary file moved into place, text fields in <paramref name="form"/>.</summary>
    public string WriteInto(string folder, CsvTextForm form = CsvTextForm.Spreadsheet)
    {
        var path = Path.Combine(folder, Name);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16);
            Table.Write(writer, form);
        });
        return path;
    }
}
