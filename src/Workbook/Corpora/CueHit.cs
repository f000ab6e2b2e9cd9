namespace Workbook.Corpora;

/// <summary>A cue list's match in a document, found by <see cref="CueScan"/>.</summary>
/// <param name="List">Which list matched: its index among those scanned.</param>
/// <param name="Sentence">The sentence of the match's first token.</param>
/// <param name="Start">UTF-16 start offset of the match in the document's raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
internal readonly record struct CueHit(int List, int Sentence, int Start, int End);
