using System.ComponentModel;

namespace Workbook.Tone;

/// <summary>The tone of one document, from its sentences' VADER scores.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="MeanCompound">Mean compound score of its sentences.</param>
/// <param name="Positive">Share of sentences at or above +0.05 (VADER's threshold for positive).</param>
/// <param name="Negative">Share of sentences at or below −0.05.</param>
public sealed record ToneDocumentRow(string DocumentId, int Sentences, [property: DisplayName("mean compound")] double MeanCompound,
    [property: DisplayName("positive share")] double Positive, [property: DisplayName("negative share")] double Negative);
