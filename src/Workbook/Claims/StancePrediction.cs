namespace Workbook.Claims;

/// <summary>One headline–body pair labelled, with the sentence and cues that decided it.</summary>
/// <param name="Headline">The headline claim.</param>
/// <param name="BodyId">The body.</param>
/// <param name="Stance">agree, disagree, discuss or unrelated.</param>
/// <param name="Coverage">Share of the headline's idf mass found in the body.</param>
/// <param name="Evidence">The body sentence closest to the headline.</param>
/// <param name="Cues">The cues behind the label, in words.</param>
public sealed record StancePrediction(string Headline, string BodyId, StanceLabel Stance, double Coverage, string Evidence, string Cues);
