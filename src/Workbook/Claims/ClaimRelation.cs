namespace Workbook.Claims;

/// <summary>How a report stands to a claim (after FEVER's supports / refutes / not enough info, with mixed added and not enough info split into discusses and not addressed, as FNC-1 splits discuss from unrelated).</summary>
public enum ClaimRelation
{
    /// <summary>The report's evidence leans the claim's way.</summary>
    Supports,
    /// <summary>The report's evidence leans the other way.</summary>
    Contradicts,
    /// <summary>The report's evidence leans both ways.</summary>
    Mixed,
    /// <summary>The report addresses the claim without taking a position: close sentences, but no stance cue either way.</summary>
    Discusses,
    /// <summary>No report sentence is close enough to the claim.</summary>
    NotAddressed,
}
