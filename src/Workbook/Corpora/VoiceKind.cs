using System.ComponentModel;

namespace Workbook.Corpora;

/// <summary>Whose words a sentence carries: the document's own, or someone's it reports.</summary>
public enum VoiceKind
{
    /// <summary>The document asserts it in its own voice.</summary>
    [Description("own voice")] Own,
    /// <summary>The document reports someone's words, quoted or in indirect speech ("Doe suggested that…").</summary>
    [Description("reported")] Reported,
}
