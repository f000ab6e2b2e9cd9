using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>Every term placed as in a scattertext plot, with the groups it places them between.</summary>
/// <param name="Target">The group on the vertical axis; positive scores lean to it.</param>
/// <param name="Reference">The group on the horizontal axis.</param>
/// <param name="Points">One point per term, in scaled F-score order.</param>
public sealed record TermScatterResult(DocumentGroup Target, DocumentGroup Reference, Table<TermScatterPoint> Points);
