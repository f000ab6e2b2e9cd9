namespace Workbook.Corpora;

/// <summary>Whose words a sentence carries, and the cue that says so.</summary>
/// <param name="Kind">The document's own voice, or reported speech.</param>
/// <param name="Speaker">Who is reported ("Jane Doe", "a senior official"), or empty for the own voice.</param>
/// <param name="Cue">The reporting verb or relay phrase as written ("suggested", "according to"), or empty.</param>
public sealed record SentenceVoice(VoiceKind Kind, string Speaker, string Cue)
{
    /// <summary>The document's own voice.</summary>
    public static SentenceVoice Own { get; } = new(VoiceKind.Own, "", "");
}
