using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Vocabulary;

/// <summary>Term frequencies per document and per group.</summary>
internal static class Frequencies
{
    /// <summary>Frequencies in <paramref name="group"/>, most frequent first (ties by term), without the terms in <paramref name="leaveOut"/>.</summary>
    public static Table<TermFrequency> Of(Corpus corpus, DocumentGroup group, IReadOnlySet<string>? leaveOut) =>
        Rows(group.Label, TermCounts.Of(group.Documents, corpus.Vocabulary, leaveOut)).ToTable("term");

    /// <summary>Frequencies in each document, documents in corpus order, most frequent first within each.</summary>
    public static Table<TermFrequency> PerDocument(Corpus corpus, IReadOnlySet<string>? leaveOut) =>
        corpus.Documents.Zip(TermCounts.EachOf(corpus.Documents, corpus.Vocabulary, leaveOut)).SelectMany(p => Rows(p.First.Id, p.Second)).ToTable("term count");

    private static IEnumerable<TermFrequency> Rows(string scope, TermCounts counts) =>
        counts.Counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select((kv, i) => new TermFrequency(scope, kv.Key, kv.Value, counts.Total == 0 ? 0 : 1000.0 * kv.Value / counts.Total, i + 1));
}
