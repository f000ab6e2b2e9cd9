using System.Security.Cryptography;
using Workbook.Tests.Support;

namespace Workbook.Tests.Export;

/// <summary>
/// The exports of the seeds and of the 233 State of the Union addresses stay byte for byte what they were, so a speed-up
/// or a refactor cannot change a result unnoticed. When a change to the results is intended, record the new hashes:
/// (cd OUT &amp;&amp; sha256sum *.csv) &gt; tests/Workbook.Tests/Export/NAME-exports.sha256
/// </summary>
public class SeedExportTests
{
    [Fact]
    public void Every_seed_export_matches_its_recorded_sha256() => AssertExportsMatch("seed-exports.sha256");

    [StateOfTheUnionFact]
    public void Every_export_of_the_state_of_the_union_addresses_matches_its_recorded_sha256() =>
        AssertExportsMatch("sotu-exports.sha256", "--corpus", Repository.StateOfTheUnion!);

    [Fact]
    public void Export_replaces_its_own_files_keeps_the_folders_others_and_leaves_no_staging_behind()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "tables");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "tokens.csv"), "stale");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "the analyst's");
        var run = WorkbookCli.Run("export", "--out", output);
        Assert.True(run.Code == 0, run.Err);
        Assert.StartsWith("document_id,index,sentence_index,start,end,text,norm\r\n", File.ReadAllText(Path.Combine(output, "tokens.csv")));
        Assert.Equal("the analyst's", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Equal(["tables"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    private static void AssertExportsMatch(string recordFile, params string[] corpus)
    {
        using var folder = new TempFolder();
        var run = WorkbookCli.Run(["export", "--out", folder.Path, .. corpus]);
        Assert.True(run.Code == 0, run.Err);
        var recorded = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "Workbook.Tests", "Export", recordFile))
            .Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        var actual = Directory.GetFiles(folder.Path, "*.csv").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
        Assert.Equal(recorded.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), actual.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
    }
}
