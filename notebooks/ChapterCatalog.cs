using Workbook.Notebooks;

namespace Workbook.Chapters;

/// <summary>Every chapter of the workbook, in reading order.</summary>
public static class ChapterCatalog
{
    /// <summary>The chapters; each renders to notebooks/&lt;Name&gt;.ipynb.</summary>
    public static IReadOnlyList<IChapter> All { get; } = [new CorpusChapter(), new VocabularyChapter(), new RhetoricChapter(), new SourcesChapter(), new ClaimsChapter(), new AnswerChapter()];
}
