namespace Workbook.Claims;

/// <summary>One claim–report pair scored against the gold.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="DocumentId">The report.</param>
/// <param name="Gold">The team's relation.</param>
/// <param name="Predicted">Workbook's relation.</param>
/// <param name="GoldEvidence">Gold evidence sentence indices.</param>
/// <param name="TopThree">Indices of the top three ranked sentences.</param>
/// <param name="RecallAtThree">Share of gold evidence in the top three (of at most three), or NaN when the gold has none.</param>
public sealed record EvaluationRow(string ClaimId, string DocumentId, ClaimRelation Gold, ClaimRelation Predicted, IReadOnlyList<int> GoldEvidence, IReadOnlyList<int> TopThree, double RecallAtThree);
