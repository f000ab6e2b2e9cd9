using Workbook.Notebooks;

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
        var facades = typeof(CorpusWorkbook).GetProperties().Select(p => p.PropertyType).Where(t => t.Name.EndsWith("Family", StringComparison.Ordinal)).ToList();
        Assert.Equal(LayerTests.Families.Count, facades.Count);
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
        Assert.Contains(family + ".Export", Namespaces);
        var exported = TypeReferences.Of(typeof(Workbook.Cli.ExportCommand).Assembly, typeof(CorpusWorkbook).Assembly)[typeof(Workbook.Cli.ExportCommand)];
        Assert.Contains(exported, type => type.Namespace == family + ".Export");
    }
}
