using System.ComponentModel;

namespace Workbook.Claims;

/// <summary>Where a claim stands toward the op-ed's thesis.</summary>
public enum ClaimStance
{
    /// <summary>The author's own position, or a step toward it.</summary>
    [Description("for")] For,
    /// <summary>A view the author sets out in order to answer it ("some people argue…").</summary>
    [Description("against")] Against,
}
