namespace Workbook.Notebooks;

/// <summary>Where a render writes, and what its outputs link to. The corpus is the workbook's own folder.</summary>
/// <param name="NotebookFolder">Where the .ipynb files go.</param>
/// <param name="SiteFolder">Where the HTML site goes.</param>
/// <param name="LibraryPath">Workbook.dll, referenced by the setup cell's <c>#r</c>.</param>
/// <param name="PlotlyScriptPath">plotly.min.js to inline in site pages; null links it from the CDN instead.</param>
/// <param name="WriteDib">Also write each chapter as a Polyglot Notebooks .dib file beside its .ipynb (<see cref="DibWriter"/>).</param>
public sealed record RenderSettings(string NotebookFolder, string SiteFolder, string LibraryPath, string? PlotlyScriptPath, bool WriteDib = false);
