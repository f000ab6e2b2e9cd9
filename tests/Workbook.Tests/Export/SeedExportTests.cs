using System.Security.Cryptography;
using Workbook.Tests.Support;

namespace Workbook.Tests.Export;

/// <summary>The seed exports stay byte for byte what they were, so a speed-up or a refactor cannot change a result unnoticed.</summary>
public class SeedExportTests
{
    [Fact]
    public void Every_seed_export_matches_its_recorded_sha256()
    {
        using var folder = new TempFolder();
        var run = WorkbookCli.Run("export", "--out", folder.Path);
        Assert.True(run.Code == 0, run.Err);
        var recorded = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "Workbook.Tests", "Export", "seed-exports.sha256"))
            .Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        var actual = Directory.GetFiles(folder.Path, "*.csv").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
        // When a change to the results is intended, record the new hashes: (cd OUT && sha256sum *.csv) > tests/Workbook.Tests/Export/seed-exports.sha256
        Assert.Equal(recorded.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), actual.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
    }
}
