namespace Workbook.Frames;

/// <summary>How much of a document one frame covers.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Frame">The frame.</param>
/// <param name="Sentences">Sentences with at least one of the frame's cues.</param>
/// <param name="Share">Those sentences over all the document's sentences, 0 to 1.</param>
public sealed record FrameShareRow(string DocumentId, string Frame, int Sentences, double Share);
