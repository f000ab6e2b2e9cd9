using Workbook.Corpora;

namespace Workbook.Cli;

/// <summary>Resolves --corpus and --out against the repository layout.</summary>
public static class CorpusOptions
{
    /// <summary>The corpus folder: --corpus, else the repository's seeds.</summary>
    public static string Corpus(Arguments arguments, RepositoryLayout? layout) =>
        Path.GetFullPath(arguments.Option("--corpus") ?? layout?.Seeds
            ?? throw new UsageException("not inside the Workbook repository: give --corpus DIR"));

    /// <summary>True when <paramref name="corpus"/> is the repository's own seeds folder.</summary>
    public static bool IsRepositorySeeds(string corpus, RepositoryLayout? layout) =>
        layout is not null && string.Equals(Path.TrimEndingDirectorySeparator(corpus), Path.TrimEndingDirectorySeparator(Path.GetFullPath(layout.Seeds)), StringComparison.Ordinal);
}
