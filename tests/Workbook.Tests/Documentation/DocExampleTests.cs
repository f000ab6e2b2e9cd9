using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Workbook.Notebooks;

namespace Workbook.Tests.Documentation;

/// <summary>The <c>&lt;example&gt;</c> blocks of the library's XML docs compile as notebook cells after the setup cell, so they cannot go stale.</summary>
public class DocExampleTests
{
    private static readonly XDocument Docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Workbook.xml"));

    private static IReadOnlyList<string> WithExamples => Docs.Descendants("member").Where(m => m.Element("example") is not null).Select(m => m.Attribute("name")!.Value).ToList();

    public static TheoryData<string> Members => new(WithExamples);

    [Fact]
    public void Every_family_facade_has_an_example()
    {
        var facades = typeof(CorpusWorkbook).GetProperties().Select(p => p.PropertyType).Where(t => t.Name.EndsWith("Family", StringComparison.Ordinal));
        Assert.All(facades, facade => Assert.Contains($"T:{facade.FullName}", WithExamples));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void The_example_compiles_as_a_notebook_cell(string member)
    {
        var code = Docs.Descendants("member").Single(m => m.Attribute("name")!.Value == member).Element("example")!.Element("code")!.Value;
        var lines = code.Split('\n').Select(line => (line.IndexOf("//", StringComparison.Ordinal) is var comment && comment >= 0 ? line[..comment] : line).Trim())
            .Where(line => line.Length > 0)
            .Aggregate(new List<string>(), (joined, line) =>
            {
                if (line.StartsWith('.') && joined.Count > 0) joined[^1] += line; // a continued call chain
                else joined.Add(line);
                return joined;
            });
        var statements = lines
            .Select(line => line.StartsWith("var ", StringComparison.Ordinal) ? line.TrimEnd(';') + ";" : $"_ = {line.TrimEnd(';')};");
        var script = string.Concat(SetupCell.Namespaces.Select(n => $"using {n};\n")) + "var wb = CorpusWorkbook.Open(\"corpus\");\n" + string.Join('\n', statements);
        var options = ScriptOptions.Default.AddReferences(typeof(CorpusWorkbook).Assembly).AddImports("System", "System.Linq", "System.Collections.Generic");
        var errors = CSharpScript.Create(script, options).GetCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{member}'s example does not compile:\n{script}\n{string.Join("\n", errors)}");
    }
}
