namespace Workbook.Notebooks;

/// <summary>One page of the HTML site.</summary>
/// <param name="FileName">Its name in the site folder, e.g. <c>02-vocabulary.html</c>.</param>
/// <param name="Html">The whole page.</param>
public sealed record SitePage(string FileName, string Html);
