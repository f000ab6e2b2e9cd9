namespace Workbook.Tests.Support;

/// <summary>Paths into the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Notebooks => Path.Combine(Root, "notebooks");

    private static readonly Lazy<Workbook.Corpus> SeedCorpus = new(() => CorpusLoader.Load(Seeds));

    /// <summary>The seeds, loaded once for all tests (the corpus is immutable).</summary>
    public static Workbook.Corpus Seed => SeedCorpus.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workbook.sln"))) return dir.FullName;
        throw new InvalidOperationException("Workbook.sln not found above the test assembly");
    }
}
