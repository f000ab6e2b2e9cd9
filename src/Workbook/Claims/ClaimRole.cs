using System.ComponentModel;

namespace Workbook.Claims;

/// <summary>The part a claim plays in the op-ed's argument.</summary>
public enum ClaimRole
{
    /// <summary>A claim the analyst states in claims.json.</summary>
    [Description("stated")] Stated,
    /// <summary>The thesis: the argument's main claim, in its opening section.</summary>
    [Description("thesis")] Thesis,
    /// <summary>The sentence that carries a section's point.</summary>
    [Description("topic sentence")] TopicSentence,
    /// <summary>A view the op-ed sets out to reject ("They argue…", "Some people believe…"); its stance is <see cref="ClaimStance.Against"/>, and reports that support it contradict the op-ed.</summary>
    [Description("rebuttal")] Rebuttal,
    /// <summary>A prediction ("… will …").</summary>
    [Description("prediction")] Prediction,
    /// <summary>A strongly marked claim inside a section besides its topic sentence.</summary>
    [Description("assertion")] Assertion,
    /// <summary>The point of the closing section: in an essay, the thesis restated.</summary>
    [Description("conclusion")] Conclusion,
    /// <summary>A body paragraph's claim besides its topic sentence: the conclusion it draws ("Therefore, …").</summary>
    [Description("claim")] Claim,
}
