using System.ComponentModel;

namespace Workbook.Vocabulary;

/// <summary>Where the terms a chapter explores were taken from.</summary>
public enum KeyTermSource
{
    /// <summary>The analyst's topic terms: the [topic] section of the corpus's cues.txt.</summary>
    [Description("the corpus's topic terms (cues.txt)")] TopicTerms,
    /// <summary>The target's strongest keyness terms (G², stop words left out) against the reference.</summary>
    [Description("keyness against the reference")] Keyness,
    /// <summary>The target's most frequent content words, where there is nothing to compare it with.</summary>
    [Description("frequency in the target")] Frequency,
}
