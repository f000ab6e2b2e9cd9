namespace Workbook.Claims;

/// <summary>The relation of one report to one claim, with the cues that decided it, over all its evidence and split by voice.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="DocumentId">The report.</param>
/// <param name="Relation">supports, contradicts, mixed, discusses or not addressed.</param>
/// <param name="Cues">The claim's frame and the evidence cues on each side, in words.</param>
/// <param name="OwnVoice">The relation judged on the sentences the report asserts in its own voice only: the report's own stance.</param>
/// <param name="Reported">The relation judged on the sentences in which it reports someone's words only: the stances it reports.</param>
/// <param name="Speakers">Who speaks in those reported sentences, comma-separated, or empty.</param>
public sealed record RelationRow(string ClaimId, string DocumentId, ClaimRelation Relation, string Cues,
    ClaimRelation OwnVoice = ClaimRelation.NotAddressed, ClaimRelation Reported = ClaimRelation.NotAddressed, string Speakers = "");
