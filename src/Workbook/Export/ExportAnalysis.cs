namespace Workbook.Export;

/// <summary>One analysis the export command runs: its name, the files it makes when called, and the files it may skip.</summary>
/// <param name="Name">What it is, in a few words, for progress lines and <c>workbook bench</c>.</param>
/// <param name="Make">Runs the analysis and returns its files.</param>
/// <param name="SkippableFiles">
/// The files it makes only when the corpus has enough documents: it then throws <see cref="Corpora.InsufficientDocumentsException"/>,
/// the command notes the skip, and an earlier export's files of these names are removed so a folder never mixes two runs.
/// Empty for an analysis every corpus can run.
/// </param>
public sealed record ExportAnalysis(string Name, Func<IReadOnlyList<CsvFile>> Make, IReadOnlyList<string> SkippableFiles)
{
    /// <summary>An analysis every corpus can run.</summary>
    public ExportAnalysis(string name, Func<IReadOnlyList<CsvFile>> make) : this(name, make, []) { }
}
