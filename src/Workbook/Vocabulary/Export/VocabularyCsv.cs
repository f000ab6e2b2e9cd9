using Workbook.Export;

namespace Workbook.Vocabulary.Export;

/// <summary>The vocabulary results in the export contract's columns: keyness, similarity, keyword in context.</summary>
internal static class VocabularyCsv
{
    /// <summary>The file of <see cref="Keyness"/>.</summary>
    public const string KeynessFileName = "keyness.csv";

    /// <summary>keyness.csv: term, target_count, reference_count, g2, chi2, log_ratio, p.</summary>
    public static CsvFile Keyness(KeynessResult result) => new(KeynessFileName,
        new CsvColumns<KeynessRow>().Text("term", r => r.Term).Number("target_count", r => r.TargetCount).Number("reference_count", r => r.ReferenceCount)
            .Number("g2", r => r.G2).Number("chi2", r => r.Chi2).Number("log_ratio", r => r.LogRatio).Number("p", r => r.P).Table(result.Rows));

    /// <summary>Corpora up to this many documents export every ordered pair; larger ones each document's nearest.</summary>
    public const int FullMatrixLimit = 200;

    /// <summary>Neighbours exported per document for a corpus over <see cref="FullMatrixLimit"/> documents.</summary>
    public const int NeighboursPerDocument = 20;

    /// <summary>
    /// similarity.csv: document_a, document_b, cosine — every ordered pair for up to <see cref="FullMatrixLimit"/> documents,
    /// else each document's <see cref="NeighboursPerDocument"/> most similar others, so the file grows with the corpus, not its square.
    /// </summary>
    public static CsvFile Similarity(SimilarityResult result) => new("similarity.csv",
        new CsvColumns<SimilarityRow>().Text("document_a", r => r.DocumentA).Text("document_b", r => r.DocumentB).Number("cosine", r => r.Cosine)
            .Table(result.DocumentIds.Count <= FullMatrixLimit ? result.Pairs() : result.Nearest(NeighboursPerDocument)));

    /// <summary>kwic.csv: document_id, position, left, keyword, right, start, end.</summary>
    public static CsvFile Kwic(IEnumerable<KwicRow> rows) => new("kwic.csv",
        new CsvColumns<KwicRow>().Text("document_id", r => r.DocumentId).Number("position", r => r.Position).Text("left", r => r.Left)
            .Text("keyword", r => r.Keyword).Text("right", r => r.Right).Number("start", r => r.Start).Number("end", r => r.End).Table(rows));
}
