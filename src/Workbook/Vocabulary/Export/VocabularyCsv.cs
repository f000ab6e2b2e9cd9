using Workbook.Export;

namespace Workbook.Vocabulary.Export;

/// <summary>The vocabulary results in the export contract's columns: keyness, similarity, keyword in context.</summary>
public static class VocabularyCsv
{
    /// <summary>keyness.csv: term, target_count, reference_count, g2, chi2, log_ratio, p.</summary>
    public static CsvFile Keyness(KeynessResult result) => new("keyness.csv",
        Csv.Table(["term", "target_count", "reference_count", "g2", "chi2", "log_ratio", "p"],
            result.Rows.Select(r => (IReadOnlyList<object?>)[r.Term, r.TargetCount, r.ReferenceCount, r.G2, r.Chi2, r.LogRatio, r.P])));

    /// <summary>Corpora up to this many documents export every ordered pair; larger ones each document's nearest.</summary>
    public const int FullMatrixLimit = 200;

    /// <summary>Neighbours exported per document for a corpus over <see cref="FullMatrixLimit"/> documents.</summary>
    public const int NeighboursPerDocument = 20;

    /// <summary>
    /// similarity.csv: document_a, document_b, cosine — every ordered pair for up to <see cref="FullMatrixLimit"/> documents,
    /// else each document's <see cref="NeighboursPerDocument"/> most similar others, so the file grows with the corpus, not its square.
    /// </summary>
    public static CsvFile Similarity(SimilarityResult result) => new("similarity.csv",
        Csv.Table(["document_a", "document_b", "cosine"],
            (result.DocumentIds.Count <= FullMatrixLimit ? result.Pairs() : result.Nearest(NeighboursPerDocument))
                .Select(r => (IReadOnlyList<object?>)[r.DocumentA, r.DocumentB, r.Cosine])));

    /// <summary>kwic.csv: document_id, position, left, keyword, right, start, end.</summary>
    public static CsvFile Kwic(IEnumerable<KwicRow> rows) => new("kwic.csv",
        Csv.Table(["document_id", "position", "left", "keyword", "right", "start", "end"],
            rows.Select(r => (IReadOnlyList<object?>)[r.DocumentId, r.Position, r.Left, r.Keyword, r.Right, r.Start, r.End])));
}
