using System.ComponentModel;

namespace Workbook.Claims;

/// <summary>How a text was divided into the sections of its argument.</summary>
public enum SectionDivision
{
    /// <summary>By the headings the author gave.</summary>
    [Description("headings")] Headings,
    /// <summary>By paragraphs: the first is the introduction, the last the conclusion, each between a body paragraph.</summary>
    [Description("paragraphs")] Paragraphs,
    /// <summary>By lexical cohesion (TextTiling), for a long text without headings.</summary>
    [Description("cohesion")] Cohesion,
}
