namespace Workbook.Claims;

/// <summary>One claim against one report, as the reader shows it: the relation, with its evidence sentences best first.</summary>
/// <param name="Relation">The relation row of the comparison.</param>
/// <param name="Evidence">The report's evidence sentences for the claim, in rank order.</param>
public sealed record ReaderPair(RelationRow Relation, IReadOnlyList<EvidenceRow> Evidence);
