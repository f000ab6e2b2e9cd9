using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>Where each pattern falls along each document.</summary>
/// <param name="Patterns">The patterns as written, in the order asked.</param>
/// <param name="DocumentIds">Every document searched, in corpus order.</param>
/// <param name="Points">One point per match.</param>
public sealed record DispersionResult(IReadOnlyList<string> Patterns, IReadOnlyList<string> DocumentIds, Table<DispersionPoint> Points);
