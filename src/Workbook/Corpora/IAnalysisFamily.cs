namespace Workbook.Corpora;

/// <summary>
/// An analysis family's facade, such as <c>wb.Vocabulary</c>: made from <see cref="FamilyInputs"/> (any further constructor
/// parameter optional), it declares the lexicons it reads as static <see cref="Lexicon{T}"/> properties and passes them to its
/// pure analyses. A property of this type on <c>CorpusWorkbook</c> is all that makes a family known to the setup cell,
/// the export command and the tests.
/// </summary>
public interface IAnalysisFamily;
