using Workbook.Export;

namespace Workbook.Vocabulary.Export;

/// <summary>The vocabulary results in the export contract's columns: keyness, similarity, keyword in context.</summary>
public static class VocabularyCsv
{
    /// <summary>keyness.csv: term, target_count, reference_count, g2, chi2, log_ratio, p.</summary>
    public static CsvFile Keyness(KeynessResult result) => new("keyness.csv",
        Csv.Write(["term", "target_count", "reference_count", "g2", "chi2", "log_ratio", "p"],
            result.Rows.Select(r => (IReadOnlyList<object?>)[r.Term, r.TargetCount, r.ReferenceCount, r.G2, r.Chi2, r.LogRatio, r.P])));

    /// <summary>similarity.csv: document_a, document_b, cosine.</summary>
    public static CsvFile Similarity(SimilarityResult result) => new("similarity.csv",
        Csv.Write(["document_a", "document_b", "cosine"], result.Pairs.Select(r => (IReadOnlyList<object?>)[r.DocumentA, r.DocumentB, r.Cosine])));

    /// <summary>kwic.csv: document_id, position, left, keyword, right, start, end.</summary>
    public static CsvFile Kwic(IEnumerable<KwicRow> rows) => new("kwic.csv",
        Csv.Write(["document_id", "position", "left", "keyword", "right", "start", "end"],
            rows.Select(r => (IReadOnlyList<object?>)[r.DocumentId, r.Position, r.Left, r.Keyword, r.Right, r.Start, r.End])));
}
