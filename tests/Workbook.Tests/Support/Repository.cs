using Workbook.Corpora;

namespace Workbook.Tests.Support;

/// <summary>Paths into the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>The shared folder beside the repository (or beside its parent, for a worktree), or null when there is none.</summary>
    public static string? Shared { get; } = new[] { Path.Combine(Root, "..", "shared"), Path.Combine(Root, "..", "..", "shared") }
        .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);

    /// <summary>The State of the Union addresses that tools/fetch-sotu.sh puts in .cache/sotu, or null when they are not there.</summary>
    public static string? StateOfTheUnion { get; } = Path.Combine(Root, ".cache", "sotu", "package", "data") is var data && Directory.Exists(data) ? data : null;

    private static readonly Lazy<Corpus> SeedCorpus = new(() => CorpusLoader.Load(Seeds));
    private static readonly Lazy<CorpusResources> SeedResourcesOnce = new(() => CorpusResources.Load(Seeds, Manifest.Read(Seeds)));

    /// <summary>The seeds' analyst files over the library's general lexicons, loaded once.</summary>
    public static CorpusResources SeedResources => SeedResourcesOnce.Value;

    /// <summary>The seeds, loaded once for all tests (the corpus is immutable).</summary>
    public static Corpus Seed => SeedCorpus.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workbook.sln"))) return dir.FullName;
        throw new InvalidOperationException("Workbook.sln not found above the test assembly");
    }
}
