namespace Workbook.Notebooks;

/// <summary>
/// A chapter of the workbook: compiled C# that writes one notebook. Every code cell reaches the data
/// through the <c>wb</c> variable, so its text runs unchanged in Polyglot Notebooks after the setup cell.
/// </summary>
public interface IChapter
{
    /// <summary>File stem of the notebook, e.g. "01-corpus".</summary>
    string Name { get; }

    /// <summary>The chapter's title.</summary>
    string Title { get; }

    /// <summary>Writes the chapter's cells; code cells run as they are added.</summary>
    void Write(NotebookBuilder nb, CorpusWorkbook wb);

    /// <summary>
    /// Assemblies beside Workbook.dll whose API this chapter's cells call directly (e.g. "Plotly.NET.dll"); the setup cell
    /// references them. Empty unless the chapter uses a package's API itself.
    /// </summary>
    IReadOnlyList<string> PackageAssemblies => [];

    /// <summary>Namespaces beyond <see cref="SetupCell.Namespaces"/> that this chapter's cells use; the setup cell imports them.</summary>
    IReadOnlyList<string> PackageNamespaces => [];
}
