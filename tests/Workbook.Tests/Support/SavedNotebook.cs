using Microsoft.DotNet.Interactive.Documents;
using Jupyter = Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Workbook.Tests.Support;

/// <summary>A saved .ipynb read back with Microsoft.DotNet.Interactive.Documents, as a Polyglot user's tools read it.</summary>
public static class SavedNotebook
{
    /// <summary>The code cells of the notebook at <paramref name="path"/>, in order: each cell's source and its outputs' data by MIME type.</summary>
    public static IReadOnlyList<(string Source, IReadOnlyList<IReadOnlyDictionary<string, string>> Outputs)> CodeCells(string path) =>
        Jupyter.Notebook.Parse(File.ReadAllText(path)).Elements.Where(e => e.KernelName == "csharp")
            .Select(cell => (cell.Contents, (IReadOnlyList<IReadOnlyDictionary<string, string>>)cell.Outputs.OfType<DisplayElement>()
                .Select(output => (IReadOnlyDictionary<string, string>)output.Data.ToDictionary(kv => kv.Key, kv => Joined(kv.Value), StringComparer.Ordinal))
                .ToList()))
            .ToList();

    /// <summary>Documents keeps a saved output's lines as they are in the file: one string, or an array of them.</summary>
    private static string Joined(object? value) => value as string ?? string.Concat(((IEnumerable<object>)value!).Cast<string>());
}
