namespace Workbook.Corpora;

/// <summary>The analyst's record of one corpus file, as written in <c>corpus.json</c>.</summary>
/// <param name="Id">Short stable id used everywhere in results, e.g. "000".</param>
/// <param name="File">File name inside the corpus folder.</param>
/// <param name="Title">Headline, or a short title the analyst wrote.</param>
/// <param name="Kind">How the analyst reads the text: "op-ed", "news", "commentary", or any other word.</param>
/// <param name="Outlet">The publication, where the text names it; otherwise null.</param>
public sealed record ManifestEntry(string Id, string File, string? Title, string Kind, string? Outlet);
