namespace Workbook.Corpora;

/// <summary>One of the analyst's files in a corpus folder, read once as strict UTF-8.</summary>
/// <param name="Path">Where it was read from; errors about its content name it.</param>
/// <param name="Text">Its text.</param>
public sealed record AnalystFile(string Path, string Text);
