namespace Workbook.Corpora;

/// <summary>What a paragraph is in the article's structure.</summary>
public enum ParagraphRole
{
    /// <summary>Running text.</summary>
    Body,
    /// <summary>A headline or section heading ("The Cost of Waiting").</summary>
    Heading,
    /// <summary>One item of a bulleted or numbered list; its text excludes the bullet.</summary>
    ListItem,
}
