namespace Workbook.Vocabulary;

/// <summary>One keyword-in-context line.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Position">Index of the keyword's first token in the document.</param>
/// <param name="Left">The raw text of the tokens before it, within the window.</param>
/// <param name="Keyword">The matched text as written.</param>
/// <param name="Right">The raw text of the tokens after it, within the window.</param>
/// <param name="Start">UTF-16 start offset of the keyword in the raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public sealed record KwicRow(string DocumentId, int Position, string Left, string Keyword, string Right, int Start, int End);
