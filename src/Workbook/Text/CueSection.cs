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
    /// <summary>The author taking a position in the first person ("I believe", "in my opinion"): the sentence states what the author holds.</summary>
    Position,
    /// <summary>Openers that sum up a text or a paragraph ("in conclusion", "to sum up").</summary>
    Conclusion,
    /// <summary>Connectives that draw a conclusion from what came before ("therefore", "this shows").</summary>
    Inference,
    /// <summary>Phrases that set out a view other people hold, which the author then answers ("some people argue", "critics").</summary>
    Opposing,
    /// <summary>Openers that turn from a view just set out to the author's answer ("however", "nevertheless").</summary>
    Contrast,
}
