using System.Reflection;
using System.Text.RegularExpressions;
using Workbook.Tests.Support;

namespace Workbook.Tests.Architecture;

/// <summary>
/// The library's layers, lowest first: Files, Text and Tables; Corpora; the analysis families; the root
/// (CorpusWorkbook); Charts and Display, with each family's own Charts and Display; Export and Notebooks, with each
/// family's Export. A namespace may refer only to the layers below it that this test allows; an arrow back up fails.
/// </summary>
public class LayerTests
{
    private static readonly Assembly Library = typeof(CorpusWorkbook).Assembly;

    /// <summary>The analysis families: the namespaces of the root's facade properties.</summary>
    public static IReadOnlyList<string> Families { get; } = CorpusWorkbook.FamilyProperties.Select(p => p.PropertyType.Namespace!).Order().ToList();

    private static readonly string[] Base = ["Workbook.Files", "Workbook.Text", "Workbook.Tables"];
    private static readonly string[] Loaded = [.. Base, "Workbook.Corpora"];

    /// <summary>The namespaces <paramref name="from"/> may refer to, besides itself.</summary>
    public static IReadOnlySet<string> Allowed(string from)
    {
        var family = Families.FirstOrDefault(f => from == f || from.StartsWith(f + ".", StringComparison.Ordinal));
        IEnumerable<string> allowed = from switch
        {
            "Workbook.Files" or "Workbook.Text" or "Workbook.Tables" => [],
            "Workbook.Corpora" => Base,
            "Workbook" => [.. Loaded, .. Families],
            "Workbook.Charts" => Loaded,
            "Workbook.Display" => [.. Loaded, "Workbook.Charts"],
            "Workbook.Export" => Loaded,
            "Workbook.Notebooks" => [.. Loaded, .. Families, "Workbook", "Workbook.Charts", "Workbook.Display",
                .. Families.SelectMany(f => new[] { f + ".Charts", f + ".Display" })],
            _ when from == family => Loaded,
            _ when from == family + ".Charts" => [.. Loaded, family!, "Workbook.Charts"],
            _ when from == family + ".Display" => [.. Loaded, family!, "Workbook.Display"],
            _ when from == family + ".Export" => [.. Loaded, family!, "Workbook.Export"],
            _ => throw new InvalidOperationException($"namespace {from} has no place in the layers; add it to LayerTests and ARCHITECTURE.md"),
        };
        return allowed.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Each reference between namespaces that the layers do not allow, as "A.Type → B.Type".</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly) => TypeReferences.Of(assembly)
        .SelectMany(kv => kv.Value.Select(to => (From: kv.Key, To: to)))
        .Where(r => IsOurs(r.From) && IsOurs(r.To) && r.From.Namespace != r.To.Namespace && !Allowed(r.From.Namespace!).Contains(r.To.Namespace!))
        .Select(r => $"{r.From.FullName} → {r.To.FullName}")
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>True for our own types; generated code (regular expressions, private implementation details) has no layer.</summary>
    private static bool IsOurs(Type type) => type.Namespace is { } name && (name == "Workbook" || name.StartsWith("Workbook.", StringComparison.Ordinal));

    [Fact]
    public void The_families_are_found_from_the_root()
    {
        // A subset, so that a new family needs no edit here.
        Assert.Subset(Families.ToHashSet(), new HashSet<string> { "Workbook.Actors", "Workbook.Claims", "Workbook.Frames", "Workbook.Rhetoric", "Workbook.Sources", "Workbook.Tone", "Workbook.Vocabulary" });
    }

    [Fact]
    public void No_namespace_refers_to_a_layer_it_may_not()
    {
        Assert.Empty(Violations(Library));
    }

    /// <summary>Each <c>using</c> of a source file under <paramref name="folder"/> that names a layer its namespace may not refer to, as "file: using".</summary>
    public static IReadOnlyList<string> SourceViolations(string folder) => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
        .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .SelectMany(path =>
        {
            var text = File.ReadAllText(path);
            var declared = Regex.Match(text, @"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline);
            if (!declared.Success) return [];
            var from = declared.Groups[1].Value;
            return Regex.Matches(text, @"^using\s+(?:static\s+)?(?:\w+\s*=\s*)?(Workbook(?:\.[\w]+)*)[\w.]*\s*;", RegexOptions.Multiline)
                .Select(m => Namespace(m.Groups[1].Value))
                .Where(to => to != from && !Allowed(from).Contains(to))
                .Select(to => $"{Path.GetRelativePath(folder, path).Replace('\\', '/')}: using {to}");
        }).ToList();

    /// <summary>The namespace a using names: an alias to a type names the type's namespace.</summary>
    private static string Namespace(string name) =>
        Library.GetType(name) is { } type ? type.Namespace! : name;

    [Fact]
    public void No_source_file_uses_a_layer_it_may_not()
    {
        Assert.Empty(SourceViolations(Path.Combine(Repository.Root, "src", "Workbook")));
    }

    [Fact]
    public void The_source_scan_sees_a_using_that_names_a_higher_layer()
    {
        using var folder = new TempFolder();
        folder.Write("Tokenizer.cs", "using Workbook.Charts;\nusing System.Text;\n\nnamespace Workbook.Text;\n\npublic static class Probe { }\n");
        folder.Write("Fine.cs", "using Workbook.Text;\nusing Workbook.Corpora;\n\nnamespace Workbook.Vocabulary;\n\npublic static class Fine { }\n");
        folder.Write("Alias.cs", "using Figure = Workbook.Charts.Figure;\n\nnamespace Workbook.Vocabulary;\n\npublic static class Aliased { }\n");
        Assert.Equal(["Alias.cs: using Workbook.Charts", "Tokenizer.cs: using Workbook.Charts"], SourceViolations(folder.Path));
    }

    [Fact]
    public void The_scan_sees_references_in_method_bodies_and_lambdas()
    {
        var references = TypeReferences.Of(Library);
        // ClaimsFamily creates its default comparison inside a lambda and calls ClaimComparison only in a method body.
        Assert.Contains(typeof(Workbook.Claims.ClaimComparison), references[typeof(Workbook.Claims.ClaimsFamily)]);
        // CorpusCharts reads DocumentRow (Corpora) only through a lambda.
        Assert.Contains(typeof(Workbook.Corpora.DocumentRow), references[typeof(Workbook.Charts.CorpusCharts)]);
    }

    [Fact]
    public void An_arrow_from_a_family_to_charts_fails_even_inside_a_lambda()
    {
        var assembly = Compile("""
            namespace Workbook.Charts { public static class Palette { public static string[] Colors = ["#000"]; } }
            namespace Workbook.Vocabulary
            {
                public sealed class Fine { public int Count(System.Collections.Generic.List<int> xs) => xs.Count; }
                public sealed class Wrong { public System.Func<int> Colors() => () => Workbook.Charts.Palette.Colors.Length; }
            }
            """);
        Assert.Equal(["Workbook.Vocabulary.Wrong → Workbook.Charts.Palette"], Violations(assembly));
    }

    private static Assembly Compile(string source)
    {
        var references = new[] { typeof(object), typeof(Enumerable), typeof(Func<>) }.Select(t => t.Assembly.Location)
            .Append(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"))
            .Distinct().Select(p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("LayerProbe",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source)], references,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    [Fact]
    public void A_family_may_not_refer_to_charts_or_to_another_family()
    {
        Assert.DoesNotContain("Workbook.Charts", Allowed("Workbook.Vocabulary"));
        Assert.DoesNotContain("Workbook.Claims", Allowed("Workbook.Vocabulary"));
        Assert.DoesNotContain("Workbook", Allowed("Workbook.Claims"));
        Assert.Contains("Workbook.Charts", Allowed("Workbook.Vocabulary.Charts"));
        Assert.DoesNotContain("Workbook.Notebooks", Allowed("Workbook.Display"));
    }
}
