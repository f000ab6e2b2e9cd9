namespace Workbook.Claims;

/// <summary>How a report stands to a claim (after FEVER's supports / refutes / not enough info, with mixed added).</summary>
public enum ClaimRelation
{
    /// <summary>The report's evidence leans the claim's way.</summary>
    Supports,
    /// <summary>The report's evidence leans the other way.</summary>
    Contradicts,
    /// <summary>The report's evidence leans both ways.</summary>
    Mixed,
    /// <summary>No report sentence is close enough to the claim, or none carries a stance cue.</summary>
    NotAddressed,
}
