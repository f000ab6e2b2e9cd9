using System.ComponentModel;

namespace Workbook.Frames;

/// <summary>One frame cue found in a sentence.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Frame">The frame, named as its file names it.</param>
/// <param name="Term">The cue as written in the text.</param>
/// <param name="InQuote">True when it lies inside a quotation.</param>
/// <param name="SentenceIndex">The sentence.</param>
/// <param name="Start">UTF-16 start offset in the raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public sealed record FrameHitRow(string DocumentId, string Frame, string Term, [property: DisplayName("in quote")] bool InQuote, int SentenceIndex, int Start, int End);
