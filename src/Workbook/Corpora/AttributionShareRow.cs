using System.ComponentModel;

namespace Workbook.Corpora;

/// <summary>How much of a document is attributed to someone.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Attributed">Sentences with a reporting or relay cue.</param>
/// <param name="Share">Attributed sentences over all sentences.</param>
public sealed record AttributionShareRow(string DocumentId, int Sentences, int Attributed, [property: DisplayName("share attributed")] double Share);
