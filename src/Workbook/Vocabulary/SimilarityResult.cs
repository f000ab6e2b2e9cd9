using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>TF-IDF cosine similarity between documents.</summary>
/// <param name="DocumentIds">The documents compared, in corpus order.</param>
/// <param name="Pairs">Every ordered pair, each document with itself included.</param>
public sealed record SimilarityResult(IReadOnlyList<string> DocumentIds, Table<SimilarityRow> Pairs)
{
    /// <summary>How similar every other document is to <paramref name="documentId"/>, closest first (ties by id).</summary>
    /// <exception cref="ArgumentException">No document has that id.</exception>
    public Table<SimilarityRow> ClosestTo(string documentId) => DocumentIds.Contains(documentId)
        ? Pairs.Where(r => r.DocumentA == documentId && r.DocumentB != documentId)
            .OrderByDescending(r => r.Cosine).ThenBy(r => r.DocumentB, StringComparer.Ordinal).ToTable("document")
        : throw new ArgumentException($"no document with id \"{documentId}\" (ids: {string.Join(", ", DocumentIds)})");
}
