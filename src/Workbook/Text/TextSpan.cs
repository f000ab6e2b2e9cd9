namespace Workbook.Text;

/// <summary>A stretch of a document's raw text: <c>raw.Substring(Start, End - Start)</c>.</summary>
/// <param name="Start">UTF-16 start offset.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public readonly record struct TextSpan(int Start, int End);
