using System.ComponentModel;

namespace Workbook.Claims;

/// <summary>The stance of a news body toward a headline claim, as the Fake News Challenge (FNC-1) labels it.</summary>
public enum StanceLabel
{
    /// <summary>The body agrees with the headline.</summary>
    [Description("agree")] Agree,
    /// <summary>The body disagrees with it.</summary>
    [Description("disagree")] Disagree,
    /// <summary>The body discusses it without taking a position.</summary>
    [Description("discuss")] Discuss,
    /// <summary>The body is about something else.</summary>
    [Description("unrelated")] Unrelated,
}
