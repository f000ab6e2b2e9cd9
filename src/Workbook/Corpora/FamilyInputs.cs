namespace Workbook.Corpora;

/// <summary>
/// What every analysis family is made from, the same for each: the corpus, its resources (general lexicons and the
/// analyst's files), its quotations (read once and shared), and the op-ed and report groups.
/// </summary>
/// <param name="Corpus">The loaded corpus.</param>
/// <param name="Resources">Its lexicons and analyst files.</param>
/// <param name="Quotations">Its quotations and their attribution.</param>
/// <param name="OpEd">The op-ed group.</param>
/// <param name="Reports">The report group.</param>
public sealed record FamilyInputs(Corpus Corpus, CorpusResources Resources, CorpusQuotations Quotations, DocumentGroup OpEd, DocumentGroup Reports);
