using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>One section of an argument: the sentences under one heading, or one stretch of a text without headings.</summary>
/// <param name="Index">0 for the opening section, then 1, 2, … in text order.</param>
/// <param name="Heading">The section's heading, or null for the opening and for sections found by lexical cohesion.</param>
/// <param name="Sentences">Its body sentences, in text order (headings excluded).</param>
public sealed record ArgumentSection(int Index, string? Heading, IReadOnlyList<IndexedSentence> Sentences);
