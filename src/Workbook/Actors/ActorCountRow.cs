namespace Workbook.Actors;

/// <summary>How often a document mentions one actor.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Actor">The actor's canonical name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Mentions">Mentions, every alias folded.</param>
public sealed record ActorCountRow(string DocumentId, string Actor, Text.ActorKind Kind, int Mentions);
