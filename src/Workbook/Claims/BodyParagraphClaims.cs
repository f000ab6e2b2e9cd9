using System.ComponentModel;

namespace Workbook.Claims;

/// <summary>Which sentences of a body paragraph are its claims: its topic sentence (its first), the conclusion it draws in its last ("Therefore, …"), or both.</summary>
public enum BodyParagraphClaims
{
    /// <summary>The topic sentence only.</summary>
    [Description("topic")] Topic,
    /// <summary>The last sentence when it draws a conclusion, else the topic sentence: one claim per paragraph.</summary>
    [Description("conclusion-else-topic")] ConclusionElseTopic,
    /// <summary>The topic sentence, and the last sentence too when it draws a conclusion.</summary>
    [Description("both")] Both,
}
