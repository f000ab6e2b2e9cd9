using Workbook.Charts;
using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Export;

/// <summary>The corpus tables in the export contract's columns: documents, paragraphs, sentences, tokens, cleaning.</summary>
public static class CorpusCsv
{
    /// <summary>The five corpus CSV files.</summary>
    public static IReadOnlyList<CsvFile> Files(Corpus corpus) =>
    [
        new("documents.csv", Csv.Table(["id", "file", "title", "kind", "outlet", "paragraphs", "sentences", "words"],
            corpus.DocumentTable.Select(d => Row(d.Id, d.File, d.Title, d.Kind, d.Outlet, d.Paragraphs, d.Sentences, d.Words)))),
        new("paragraphs.csv", Csv.Table(["document_id", "index", "role", "start", "end", "text"],
            corpus.Paragraphs.Select(p => Row(p.DocumentId, p.Index, EnumNames.Name(p.Role), p.Start, p.End, p.Text)))),
        new("sentences.csv", Csv.Table(["document_id", "index", "paragraph_index", "start", "end", "text"],
            corpus.Sentences.Select(s => Row(s.DocumentId, s.Index, s.ParagraphIndex, s.Start, s.End, s.Text)))),
        new("tokens.csv", Csv.Table(["document_id", "index", "sentence_index", "start", "end", "text", "norm"],
            corpus.Tokens.Select(t => Row(t.DocumentId, t.Index, t.SentenceIndex, t.Start, t.End, t.Text, t.Norm)))),
        new("cleaning.csv", Csv.Table(["document_id", "line", "reason", "text"],
            corpus.Cleaning.Select(c => Row(c.DocumentId, c.Line, c.Reason, c.Text)))),
    ];


    private static IReadOnlyList<object?> Row(params object?[] fields) => fields;
}
