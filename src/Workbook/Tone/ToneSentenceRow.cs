using Workbook.Claims;

namespace Workbook.Tone;

/// <summary>VADER's compound score of one sentence.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="SentenceIndex">The sentence.</param>
/// <param name="Compound">From −1 (most negative) to +1 (most positive).</param>
/// <param name="Start">UTF-16 start offset of the sentence.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
/// <param name="Text">The sentence.</param>
public sealed record ToneSentenceRow(string DocumentId, int SentenceIndex, double Compound, int Start, int End, string Text);
