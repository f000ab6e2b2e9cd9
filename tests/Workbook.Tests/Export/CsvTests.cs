using Workbook.Export;
using Workbook.Files;
using Workbook.Tests.Support;

namespace Workbook.Tests.Export;

public class CsvTests
{
    [Fact]
    public void Quotes_fields_per_rfc_4180()
    {
        var csv = Csv.Write(["a", "b"], [["x,y", "say \"hi\""], ["line\nbreak", 1.5], [null, 0.1 + 0.2]]);
        Assert.Equal("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",1.5\r\n,0.30000000000000004\r\n", csv);
        Assert.Equal([["a", "b"], ["x,y", "say \"hi\""], ["line\nbreak", "1.5"], ["", "0.30000000000000004"]], CsvReader.Read(csv));
    }

    [Fact]
    public void Typed_rows_write_spans_and_numbers_as_value_rows_do_and_give_their_values_back()
    {
        const string raw = "He said \"no\", twice.";
        var typed = Csv.Table(["text", "count", "share", "missing"], [(Start: 3, End: 13, Count: -7, Share: 0.1 + 0.2)], static (row, r) =>
        {
            row.Add(raw.AsSpan(r.Start, r.End - r.Start)); row.Add(r.Count); row.Add(r.Share); row.Add(double.NaN);
        });
        var file = new CsvFile("typed.csv", typed);
        Assert.Equal("text,count,share,missing\r\n\"said \"\"no\"\",\",-7,0.30000000000000004,\r\n", file.Content);
        Assert.Equal(Csv.Write(["text", "count", "share", "missing"], [["said \"no\",", -7, 0.1 + 0.2, double.NaN]]), file.Content);
        Assert.Equal([["said \"no\",", -7, 0.1 + 0.2, double.NaN]], typed.Rows);
    }

    [Fact]
    public void Columns_give_the_header_and_write_each_field_typed_as_value_rows_do()
    {
        var columns = new CsvColumns<(string Id, int Count, double Share, bool Quoted, Workbook.Claims.ClaimRelation Relation)>()
            .Text("id", r => r.Id).Number("count", r => r.Count).Number("share", r => r.Share).Flag("quoted", r => r.Quoted).Name("relation", r => r.Relation);
        Assert.Equal(["id", "count", "share", "quoted", "relation"], columns.Header);
        var table = columns.Table([("=a,b", 3, double.NaN, true, Workbook.Claims.ClaimRelation.NotAddressed), ("c", -1, 0.25, false, Workbook.Claims.ClaimRelation.Supports)]);
        var file = new CsvFile("columns.csv", table);
        Assert.Equal("id,count,share,quoted,relation\r\n\"'=a,b\",3,,true,not addressed\r\nc,-1,0.25,false,supports\r\n", file.Content);
        Assert.Equal(Csv.Write(columns.Header, [["=a,b", 3, double.NaN, true, "not addressed"], ["c", -1, 0.25, false, "supports"]]), file.Content);
        Assert.Equal([["=a,b", 3, double.NaN, true, "not addressed"], ["c", -1, 0.25, false, "supports"]], table.Rows);
    }

    [Fact]
    public void Corpus_export_has_the_contract_headers_and_one_row_per_table_row()
    {
        var files = CorpusCsv.Files(Repository.Seed).ToDictionary(f => f.Name, f => CsvReader.Read(f.Content));
        Assert.Equal(["id", "file", "title", "kind", "outlet", "paragraphs", "sentences", "words"], files["documents.csv"][0]);
        Assert.Equal(["document_id", "index", "role", "start", "end", "text"], files["paragraphs.csv"][0]);
        Assert.Equal(["document_id", "index", "paragraph_index", "start", "end", "text"], files["sentences.csv"][0]);
        Assert.Equal(["document_id", "index", "sentence_index", "start", "end", "text", "norm"], files["tokens.csv"][0]);
        Assert.Equal(["document_id", "line", "reason", "text"], files["cleaning.csv"][0]);
        Assert.Equal(Repository.Seed.Tokens.Count + 1, files["tokens.csv"].Count);
        Assert.Equal(["001", "1", "site chrome: menu", "menu_open Columnists"], files["cleaning.csv"][1]);
        Assert.Contains(files["paragraphs.csv"], r => r[2] == "list item");
    }

    [Fact]
    public void Atomic_write_replaces_the_file_and_leaves_no_temporary()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "sub", "f.txt");
        AtomicFile.WriteAllText(path, "one");
        AtomicFile.WriteAllText(path, "two");
        Assert.Equal("two", File.ReadAllText(path));
        Assert.Equal(["f.txt"], Directory.GetFiles(Path.Combine(folder.Path, "sub")).Select(Path.GetFileName));
    }
}
