using Workbook.Notebooks;

namespace Workbook.Tests.Architecture;

/// <summary>What every analysis family must be wired into, checked from the families the root declares, so a new family cannot be half added.</summary>
public class FamilyContractTests
{
    private static readonly IReadOnlySet<string> Namespaces = typeof(CorpusWorkbook).Assembly.GetTypes()
        .Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> Families => new(LayerTests.Families);

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
