using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>A keyness comparison with what it compared, so a chart or export needs nothing else.</summary>
/// <param name="Target">The group whose typical words score positive.</param>
/// <param name="Reference">The group it was compared with.</param>
/// <param name="MinCount">Least count of a term in both groups together.</param>
/// <param name="WithoutStopWords">True when stop words were left out of the counts.</param>
/// <param name="Rows">One row per term, most target-typical first.</param>
public sealed record KeynessResult(DocumentGroup Target, DocumentGroup Reference, int MinCount, bool WithoutStopWords, Table<KeynessRow> Rows);
