using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

/// <summary>
/// The Polyglot path, checked without shipping Roslyn: every committed notebook's cells compile as one chained C#
/// script, as the .NET Interactive kernel would run them one by one after the setup cell.
/// </summary>
public class PolyglotCellTests
{
    [Fact]
    public void Every_notebooks_cells_compile_as_a_chained_csharp_script()
    {
        var options = ScriptOptions.Default
            .AddReferences(typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly)
            .AddImports("System", "System.Linq", "System.Collections.Generic");
        foreach (var path in Directory.GetFiles(Repository.Notebooks, "*.ipynb").Order(StringComparer.Ordinal))
        {
            var cells = SavedNotebook.CodeCells(path).Select(c => c.Source).ToList();
            Assert.StartsWith("#r \"../src/Workbook/bin/Release/net10.0/Workbook.dll\"", cells[0]);
            Script? script = null;
            foreach (var cell in cells)
            {
                var lines = cell.Split('\n');
                var references = lines.Where(line => line.StartsWith("#r ", StringComparison.Ordinal))
                    .Select(line => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, Path.GetFileName(line[3..].Trim('"')))));
                var code = string.Join('\n', lines.Where(line => !line.StartsWith("#r ", StringComparison.Ordinal)));
                options = options.AddReferences(references);
                script = script is null ? CSharpScript.Create(code, options) : script.ContinueWith(code, options);
                var errors = script.GetCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"{Path.GetFileName(path)}: `{cell}` does not compile: {string.Join("; ", errors)}");
            }
        }
    }
}
