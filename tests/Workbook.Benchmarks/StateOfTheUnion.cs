using Workbook.Corpora;

namespace Workbook.Benchmarks;

/// <summary>The 233 State of the Union addresses that tools/fetch-sotu.sh puts in .cache/sotu, read once, optionally repeated.</summary>
public static class StateOfTheUnion
{
    /// <summary>The folder of the addresses.</summary>
    public static string Folder { get; } = Find();

    /// <summary>The addresses' texts, <paramref name="times"/> over (ids made unique), ready for <see cref="Corpus.FromTexts"/>.</summary>
    public static IReadOnlyList<(ManifestEntry Entry, string Text)> Texts(int times)
    {
        var files = Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        return Enumerable.Range(0, times).SelectMany(round => files.Select(f =>
        {
            var id = Path.GetFileNameWithoutExtension(f) + (round == 0 ? "" : $"-{round}");
            return (new ManifestEntry(id, id + ".txt", null, "speech", null), File.ReadAllText(f));
        })).ToList();
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, ".cache", "sotu", "package", "data");
            if (Directory.Exists(data)) return data;
        }
        throw new DirectoryNotFoundException("the State of the Union addresses are not in .cache/sotu: run tools/fetch-sotu.sh first");
    }
}
