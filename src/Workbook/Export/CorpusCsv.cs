using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Export;

/// <summary>The corpus tables in the export contract's columns: documents, paragraphs, sentences, tokens, cleaning.</summary>
internal static class CorpusCsv
{
    /// <summary>The five corpus CSV files; each table is built only when its file is written.</summary>
    public static IReadOnlyList<CsvFile> Files(Corpus corpus) =>
    [
        new("documents.csv", Csv.Table(["id", "file", "title", "kind", "outlet", "paragraphs", "sentences", "words"], DocumentRows(corpus), static (row, d) =>
        {
            row.Add(d.Id); row.Add(d.File); row.Add(d.Title); row.Add(d.Kind); row.Add(d.Outlet); row.Add(d.Paragraphs); row.Add(d.Sentences); row.Add(d.Words);
        })),
        new("paragraphs.csv", Csv.Table(["document_id", "index", "role", "start", "end", "text"], corpus.Paragraphs, static (row, p) =>
        {
            row.Add(p.DocumentId); row.Add(p.Index); row.Add(EnumNames.Name(p.Role)); row.Add(p.Start); row.Add(p.End); row.Add(p.AsSpan());
        })),
        new("sentences.csv", Csv.Table(["document_id", "index", "paragraph_index", "start", "end", "text"], corpus.Sentences, static (row, s) =>
        {
            row.Add(s.DocumentId); row.Add(s.Index); row.Add(s.ParagraphIndex); row.Add(s.Start); row.Add(s.End); row.Add(s.AsSpan());
        })),
        new("tokens.csv", Csv.Table(["document_id", "index", "sentence_index", "start", "end", "text", "norm"], TokenPositions(corpus), (row, token) =>
        {
            var (document, i) = token;
            var columns = document.Tokens;
            var (start, end) = (columns.Starts[i], columns.Ends[i]);
            row.Add(document.Id); row.Add(i); row.Add(columns.Sentences[i]); row.Add(start); row.Add(end);
            row.Add(document.Text.AsSpan(start, end - start)); row.Add(corpus.Vocabulary[columns.Norms[i]]);
        })),
        new("cleaning.csv", new CsvColumns<CleaningRow>().Text("document_id", c => c.DocumentId).Number("line", c => c.Line)
            .Text("reason", c => c.Reason).Text("text", c => c.Text).Table(corpus.Cleaning)),
    ];

    private static IEnumerable<DocumentRow> DocumentRows(Corpus corpus)
    {
        foreach (var row in corpus.DocumentTable) yield return row;
    }

    /// <summary>Every token as its document and index, read straight from the column store: no row object per token.</summary>
    private static IEnumerable<(Document Document, int Index)> TokenPositions(Corpus corpus)
    {
        foreach (var document in corpus.Documents)
            for (var i = 0; i < document.Tokens.Count; i++) yield return (document, i);
    }
}
