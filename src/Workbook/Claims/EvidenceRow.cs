using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>A report sentence ranked as evidence for a claim.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="DocumentId">The report.</param>
/// <param name="Rank">1 for the best-scoring sentence of this report for this claim.</param>
/// <param name="Score">BM25 score.</param>
/// <param name="Coverage">Share of the claim's idf mass the sentence matches, 0 to 1.</param>
/// <param name="SentenceIndex">The sentence's index in the report.</param>
/// <param name="Start">UTF-16 start offset of the sentence in the report's raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
/// <param name="Text">The sentence.</param>
/// <param name="Cues">Stance cues found in the sentence.</param>
/// <param name="Voice">Whether the report asserts the sentence in its own voice or reports someone's words.</param>
/// <param name="Speaker">Whom the sentence reports ("Jane Doe"), or empty in the report's own voice.</param>
public sealed record EvidenceRow(string ClaimId, string DocumentId, int Rank, double Score, double Coverage, int SentenceIndex, int Start, int End, string Text, string Cues,
    VoiceKind Voice = VoiceKind.Own, string Speaker = "");
