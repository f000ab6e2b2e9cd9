namespace Workbook.Claims;

/// <summary>One headline figure of a claims evaluation.</summary>
/// <param name="Measure">"evidence recall@3" or "label accuracy".</param>
/// <param name="Value">The figure, 0 to 1.</param>
/// <param name="Pairs">How many claim–report pairs it averages over.</param>
public sealed record EvaluationScore(string Measure, double Value, int Pairs);
