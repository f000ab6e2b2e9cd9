namespace Workbook.Tone;

/// <summary>VADER's scores of one text.</summary>
/// <param name="Compound">The normalised sum of valences, from −1 (most negative) to +1 (most positive), rounded to 4 places.</param>
/// <param name="Positive">Share of the text that is positive, rounded to 3 places.</param>
/// <param name="Negative">Share that is negative.</param>
/// <param name="Neutral">Share that is neutral.</param>
public sealed record ToneScore(double Compound, double Positive, double Negative, double Neutral);
