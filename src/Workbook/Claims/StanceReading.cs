namespace Workbook;

/// <summary>The stance cues found in one text: how many point to the constraint frame, how many to autonomy, and which.</summary>
/// <param name="Constraint">Cues of the constraint frame (consent needed, red lines, risks).</param>
/// <param name="Autonomy">Cues of the autonomy frame (no veto, needs denied, red lines dissolving).</param>
/// <param name="Cues">Each cue found, e.g. "constraint: only … if" or "autonomy: not … veto".</param>
public sealed record StanceReading(int Constraint, int Autonomy, IReadOnlyList<string> Cues)
{
    /// <summary>+1 when autonomy cues outnumber constraint cues, −1 for the reverse, 0 for a tie or none.</summary>
    public int Frame => Math.Sign(Autonomy - Constraint);
}
