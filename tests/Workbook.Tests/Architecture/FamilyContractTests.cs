using System.Reflection;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Notebooks;
using Workbook.Tests.Support;

namespace Workbook.Tests.Architecture;

/// <summary>What every analysis family must be wired into, checked from the families the root declares, so a new family cannot be half added.</summary>
public class FamilyContractTests
{
    private static readonly IReadOnlySet<string> Namespaces = typeof(CorpusWorkbook).Assembly.GetTypes()
        .Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> Families => new(LayerTests.Families);

    [Fact]
    public void Every_family_is_made_from_the_same_inputs()
    {
        var facades = CorpusWorkbook.FamilyProperties.Select(p => p.PropertyType).ToList();
        Assert.NotEmpty(facades);
        Assert.All(typeof(CorpusWorkbook).GetProperties().Where(p => p.PropertyType.Name.EndsWith("Family", StringComparison.Ordinal)),
            p => Assert.Contains(p.PropertyType, facades));
        Assert.All(facades, facade =>
        {
            var constructor = Assert.Single(facade.GetConstructors());
            var parameters = constructor.GetParameters();
            Assert.Equal(typeof(Workbook.Corpora.FamilyInputs), parameters[0].ParameterType);
            Assert.All(parameters.Skip(1), p => Assert.True(p.IsOptional, $"{facade.Name}({p.Name}) is not optional"));
        });
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void The_setup_cell_imports_the_familys_charts_and_display(string family)
    {
        foreach (var layer in new[] { family + ".Charts", family + ".Display" }.Where(Namespaces.Contains))
            Assert.Contains(layer, SetupCell.Namespaces);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void The_export_command_writes_the_familys_tables(string family)
    {
        var export = Assert.Single(typeof(CorpusWorkbook).Assembly.GetTypes(), t => !t.IsAbstract && typeof(IFamilyExport).IsAssignableFrom(t) && t.Namespace == family + ".Export");
        var declared = (IFamilyExport)Activator.CreateInstance(export)!;
        Assert.Equal(family, declared.Family.Namespace);
        var wb = CorpusWorkbook.From(Corpus.FromTexts([(new ManifestEntry("o", "o.txt", null, CorpusWorkbook.OpEdKind, null), "We must act now. Delay costs lives."),
            (new ManifestEntry("r", "r.txt", null, CorpusWorkbook.ReportKind, null), "Officials said action would come. \"It costs money,\" one said.")]));
        var analyses = Workbook.Cli.ExportCommand.Analyses(wb, new ExportScope(wb.OpEd, wb.Reports), TextWriter.Null);
        var files = declared.Analyses(wb.Families.Single(f => f.GetType() == declared.Family), new ExportScope(wb.OpEd, wb.Reports)).SelectMany(a => a.Make()).ToList();
        Assert.NotEmpty(files);
        var written = analyses.SelectMany(a => a.Make()).Select(f => f.Name).ToList();
        Assert.All(files, file => Assert.Contains(file.Name, written));
    }

    [Fact]
    public void Every_lexicon_a_family_declares_has_its_own_corpus_file_documented_in_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var lexicons = CorpusWorkbook.FamilyProperties.SelectMany(p => p.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Concat(typeof(SharedLexicons).GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => typeof(ILexicon).IsAssignableFrom(p.PropertyType)).Select(p => (ILexicon)p.GetValue(null)!).ToList();
        Assert.Contains(lexicons, l => l.Overlay == LexiconOverlay.Extends);
        var files = lexicons.Select(l => l.CorpusFileName).OfType<string>().ToList();
        Assert.Equal(files.Count, files.Distinct().Count());
        Assert.All(files, file => Assert.Contains($"| `{file}` |", readme));
        Assert.All(lexicons.Where(l => l.CorpusFileName is null), l => Assert.Equal(LexiconOverlay.None, l.Overlay));
    }
}
