using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>One section of an argument: the sentences under one heading, one paragraph, or one stretch of a long text.</summary>
/// <param name="Index">0 for the opening section, then 1, 2, … in text order.</param>
/// <param name="Heading">The section's heading, or null for the opening and for sections without one.</param>
/// <param name="Sentences">Its body sentences, in text order (headings excluded).</param>
/// <param name="Part">Introduction, body or conclusion.</param>
/// <param name="Division">How the text was divided.</param>
internal sealed record ArgumentSection(int Index, string? Heading, IReadOnlyList<IndexedSentence> Sentences,
    ArgumentPart Part = ArgumentPart.Body, SectionDivision Division = SectionDivision.Headings);
