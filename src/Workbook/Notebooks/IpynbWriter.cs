using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbook.Notebooks;

/// <summary>
/// Writes nbformat 4.5 JSON as Jupyter does: keys sorted, one-space indent, sources as lists of lines,
/// trailing newline. Metadata are those VS Code saves for Polyglot (C#) notebooks. Byte-stable.
/// </summary>
public static class IpynbWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The notebook as .ipynb text.</summary>
    public static string Write(Notebook notebook)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("cells");
            foreach (var cell in notebook.Cells) WriteCell(json, cell);
            json.WriteEndArray();
            WriteNotebookMetadata(json);
            json.WriteNumber("nbformat", 4);
            json.WriteNumber("nbformat_minor", 5);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCell(Utf8JsonWriter json, NotebookCell cell)
    {
        json.WriteStartObject();
        json.WriteString("cell_type", cell is CodeCell ? "code" : "markdown");
        if (cell is CodeCell) json.WriteNull("execution_count");
        json.WriteString("id", cell.Id);
        json.WriteStartObject("metadata");
        if (cell is CodeCell)
        {
            json.WriteStartObject("dotnet_interactive"); json.WriteString("language", "csharp"); json.WriteEndObject();
            json.WriteStartObject("polyglot_notebook"); json.WriteString("kernelName", "csharp"); json.WriteEndObject();
        }
        json.WriteEndObject();
        if (cell is CodeCell code)
        {
            json.WriteStartArray("outputs");
            foreach (var output in code.Outputs) WriteOutput(json, output);
            json.WriteEndArray();
        }
        WriteLines(json, "source", cell.Source);
        json.WriteEndObject();
    }

    private static void WriteOutput(Utf8JsonWriter json, CellOutput output)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        foreach (var (mime, value) in output.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (IsJsonMime(mime)) { json.WritePropertyName(mime); json.WriteRawValue(value); }
            else WriteLines(json, mime, value);
        }
        json.WriteEndObject();
        json.WriteStartObject("metadata");
        foreach (var (key, value) in output.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            json.WriteRawValue(value);
        }
        json.WriteEndObject();
        json.WriteString("output_type", "display_data");
        json.WriteEndObject();
    }

    /// <summary>True for mime types whose bundle value is JSON rather than text.</summary>
    public static bool IsJsonMime(string mime) => mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal);

    private static void WriteLines(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartArray(name);
        foreach (var line in SplitLines(text)) json.WriteStringValue(line);
        json.WriteEndArray();
    }

    /// <summary>Splits text into lines that keep their "\n", as nbformat stores multi-line strings.</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            if (newline < 0) { yield return text[start..]; yield break; }
            yield return text[start..(newline + 1)];
            start = newline + 1;
        }
    }

    private static void WriteNotebookMetadata(Utf8JsonWriter json)
    {
        json.WriteStartObject("metadata");
        json.WriteStartObject("kernelspec");
        json.WriteString("display_name", ".NET (C#)");
        json.WriteString("language", "C#");
        json.WriteString("name", ".net-csharp");
        json.WriteEndObject();
        json.WriteStartObject("language_info");
        json.WriteString("name", "polyglot-notebook");
        json.WriteEndObject();
        json.WriteStartObject("polyglot_notebook");
        json.WriteStartObject("kernelInfo");
        json.WriteString("defaultKernelName", "csharp");
        json.WriteStartArray("items");
        json.WriteStartObject();
        json.WriteStartArray("aliases"); json.WriteEndArray();
        json.WriteString("name", "csharp");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
