namespace Workbook.Notebooks;

/// <summary>Where a render reads and writes.</summary>
/// <param name="CorpusFolder">The corpus the notebooks' setup cell opens.</param>
/// <param name="NotebookFolder">Where the .ipynb files go.</param>
/// <param name="SiteFolder">Where the HTML site goes.</param>
/// <param name="LibraryPath">Workbook.dll, referenced by the setup cell's <c>#r</c>.</param>
/// <param name="PlotlyScriptPath">plotly.min.js to inline in site pages; null links it from the CDN instead.</param>
public sealed record RenderSettings(string CorpusFolder, string NotebookFolder, string SiteFolder, string LibraryPath, string? PlotlyScriptPath);
