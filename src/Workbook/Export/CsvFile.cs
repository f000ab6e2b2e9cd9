using System.Text;
using Workbook.Files;
using Workbook.Tables;

namespace Workbook.Export;

/// <summary>One export file: its name and its rows.</summary>
/// <param name="Name">The file name, e.g. "tokens.csv".</param>
/// <param name="Table">The header and the rows.</param>
public sealed record CsvFile(string Name, CsvTable Table)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>The whole file as text (for small files and tests; exports stream with <see cref="WriteInto"/>).</summary>
    public string Content
    {
        get
        {
            using var text = new StringWriter();
            Table.Write(text);
            return text.ToString();
        }
    }

    /// <summary>Streams the file as UTF-8 into <paramref name="folder"/>, through a temporary file moved into place.</summary>
    public string WriteInto(string folder)
    {
        var path = Path.Combine(folder, Name);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16);
            Table.Write(writer);
        });
        return path;
    }
}
