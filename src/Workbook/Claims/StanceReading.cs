namespace Workbook.Claims;

/// <summary>The stance cues found in one text: how many point to each of the corpus's two frames, and which.</summary>
/// <param name="First">Cues of the first frame (what a bare topic term stands for).</param>
/// <param name="Second">Cues of the second, opposite frame.</param>
/// <param name="Cues">Each cue found, e.g. "cost: “expensive”" or "benefit: negated “savings”", frames named as the cue file names them.</param>
internal sealed record StanceReading(int First, int Second, IReadOnlyList<string> Cues)
{
    /// <summary>+1 when second-frame cues outnumber first-frame cues, −1 for the reverse, 0 for a tie or none.</summary>
    public int Frame => Math.Sign(Second - First);
}
