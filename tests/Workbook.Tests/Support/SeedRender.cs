using Workbook.Chapters;
using Workbook.Notebooks;

namespace Workbook.Tests.Support;

/// <summary>The seed notebooks as the code renders them today, in memory, with the pictures saved in the repository's notebooks.</summary>
public static class SeedRender
{
    /// <summary>Where the repository's render writes, and the library its setup cells reference.</summary>
    public static RenderSettings Settings => new(Repository.Notebooks, Path.Combine(Repository.Root, "site"),
        Path.Combine(Repository.Root, "src", "Workbook", "bin", "Release", "net10.0", "Workbook.dll"), null);

    /// <summary>Renders every chapter over the seeds; <paramref name="missingPictures"/> counts figures without a saved picture.</summary>
    public static IReadOnlyList<Notebook> Notebooks(out int missingPictures) =>
        WorkbookRenderer.Build(CorpusWorkbook.Open(Repository.Seeds), ChapterCatalog.All, Settings, new SavedPictures(Repository.Notebooks), null, out missingPictures);
}
