using System.ComponentModel;

namespace Workbook.Claims;

/// <summary>The part of an argument a section is.</summary>
public enum ArgumentPart
{
    /// <summary>The opening: where the thesis stands.</summary>
    [Description("introduction")] Introduction,
    /// <summary>A section between the opening and the close: one step of the argument.</summary>
    [Description("body")] Body,
    /// <summary>The close: where the thesis is restated.</summary>
    [Description("conclusion")] Conclusion,
}
