namespace Workbook.Text;

/// <summary>
/// The two opposed readings a dispute turns on, named by the analyst's cue file (for example "constraint" and
/// "autonomy"). A topic term on its own reads as <see cref="First"/>; negated, as <see cref="Second"/>.
/// </summary>
/// <param name="First">The frame a bare topic term stands for.</param>
/// <param name="Second">The opposite frame.</param>
public sealed record StanceFrames(string First, string Second)
{
    /// <summary>The name of the frame with sign <paramref name="sign"/>: −1 the first, +1 the second.</summary>
    public string NameOf(int sign) => sign < 0 ? First : Second;
}
