namespace Workbook.Corpora;

/// <summary>A line cleaning removed, with the reason.</summary>
/// <param name="Line">1-based line number in the raw file.</param>
/// <param name="Reason">Why the line is not part of the article, e.g. "cookie notice".</param>
/// <param name="Start">UTF-16 index of the line's first non-space character.</param>
/// <param name="End">UTF-16 index just past its last non-space character.</param>
internal readonly record struct Removal(int Line, string Reason, int Start, int End);
