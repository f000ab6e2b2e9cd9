namespace Workbook.Corpora;

/// <summary>What a quotation is: someone's words reported, or a term the author holds at a distance.</summary>
public enum QuotationKind
{
    /// <summary>Reported speech or writing: longer than a few words, or attributed in its sentence ("…," he said).</summary>
    Speech,
    /// <summary>A scare quote or a term: a few words, with no reporting verb outside them in the sentence ("coalition of the willing").</summary>
    Term,
}
