namespace Workbook.Text;

/// <summary>The fixed sections of a cue file. A cue file may also hold one section per stance frame it declares.</summary>
public enum CueSection
{
    /// <summary>The two opposed stance frames of a dispute, first the one a bare topic term stands for.</summary>
    Frames,
    /// <summary>Terms whose frame depends on negation: bare, the first frame; negated, the second.</summary>
    Topic,
    /// <summary>Words that flip a topic term (and, in a claim, any cue).</summary>
    Negation,
    /// <summary>Evaluative words that mark an argumentative sentence (a thesis, a verdict).</summary>
    Evaluation,
    /// <summary>Markers of a prediction.</summary>
    Prediction,
    /// <summary>Markers that a sentence answers the other side.</summary>
    Rebuttal,
    /// <summary>Verbs and phrases that attribute words to someone ("said", "according to").</summary>
    Reporting,
    /// <summary>Phrases that name the outlet or channel that relayed the words ("according to", "reported by").</summary>
    Relay,
    /// <summary>Head nouns of an unnamed source ("source", "officials").</summary>
    Anonymous,
    /// <summary>Words that deny or debunk what they are about ("hoax", "denied").</summary>
    Refutation,
    /// <summary>Words that confirm what they are about ("confirmed", "officially").</summary>
    Confirmation,
    /// <summary>Sentence openers that lean on the sentence before ("It", "This", "But"): such a sentence does not stand alone as a claim.</summary>
    Dependent,
}
