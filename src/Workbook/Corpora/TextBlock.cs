namespace Workbook.Corpora;

/// <summary>A span of article text kept by cleaning, with its structural role.</summary>
/// <param name="Role">Body, heading or list item.</param>
/// <param name="Start">UTF-16 index of the first character in the raw text.</param>
/// <param name="End">UTF-16 index just past the last character.</param>
internal readonly record struct TextBlock(ParagraphRole Role, int Start, int End);
