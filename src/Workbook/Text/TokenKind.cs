namespace Workbook.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly joined by hyphens or apostrophes ("high-stakes", "isn't", "F-16s").</summary>
    Word,
    /// <summary>Digits, possibly with thousands separators or a decimal point ("5,000", "3.5", "1962").</summary>
    Number,
    /// <summary>A single punctuation mark, kept apart from words.</summary>
    Punctuation,
    /// <summary>Any other single character that is neither letter, digit, punctuation nor space ("$", "©").</summary>
    Symbol,
}
