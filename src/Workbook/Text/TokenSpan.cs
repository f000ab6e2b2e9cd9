namespace Workbook.Text;

/// <summary>One token found by the <see cref="Tokenizer"/>: its place in the text, its kind and its norm.</summary>
/// <param name="Start">UTF-16 index of the first character.</param>
/// <param name="End">UTF-16 index just past the last character.</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Norm">Lower-cased, quote-folded form used for counting.</param>
internal readonly record struct TokenSpan(int Start, int End, TokenKind Kind, string Norm);
