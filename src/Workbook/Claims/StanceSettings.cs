namespace Workbook.Claims;

/// <summary>How far negation reaches when stance cues are read (<see cref="StanceReader"/>).</summary>
/// <param name="NegationBefore">Tokens before a topic term searched for negation (default 8).</param>
/// <param name="NegationAfter">Tokens after a topic term searched for negation (default 3).</param>
/// <param name="CueNegationBefore">Tokens before a frame cue in a claim searched for negation (default 3).</param>
public sealed record StanceSettings(int NegationBefore = 8, int NegationAfter = 3, int CueNegationBefore = 3)
{
    /// <summary>The defaults.</summary>
    public static StanceSettings Default { get; } = new();
}
