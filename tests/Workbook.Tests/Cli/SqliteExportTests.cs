using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Workbook.Tests.Support;

namespace Workbook.Tests.Cli;

public class SqliteExportTests
{
    private static (string Database, string Csv) ExportBoth(TempFolder folder)
    {
        var (db, csv) = (Path.Combine(folder.Path, "db"), Path.Combine(folder.Path, "csv"));
        var run = WorkbookCli.Run("export", "--format", "sqlite", "--out", db);
        Assert.True(run.Code == 0, run.Err);
        Assert.True(WorkbookCli.Run("export", "--out", csv).Code == 0);
        return (Path.Combine(db, "workbook.db"), csv);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<object[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Every_csv_becomes_a_typed_keyed_table_with_the_same_rows_and_nothing_is_left_beside_it()
    {
        using var folder = new TempFolder();
        var (database, csvFolder) = ExportBoth(folder);
        Assert.Equal(["workbook.db"], Directory.GetFiles(Path.GetDirectoryName(database)!).Select(Path.GetFileName));
        using var connection = Open(database);
        foreach (var csv in Directory.GetFiles(csvFolder, "*.csv"))
        {
            var table = Path.GetFileNameWithoutExtension(csv);
            var rows = CsvReader.Read(File.ReadAllText(csv)).Count - 1;
            Assert.Equal((long)rows, Query(connection, $"SELECT count(*) FROM \"{table}\"")[0][0]);
        }
        var tokens = (string)Query(connection, "SELECT sql FROM sqlite_master WHERE name = 'tokens'")[0][0];
        Assert.Contains("\"start\" INTEGER", tokens);
        Assert.Contains("PRIMARY KEY (\"document_id\", \"index\")", tokens);
        Assert.Contains("FOREIGN KEY (\"document_id\") REFERENCES documents(\"id\")", tokens);
        Assert.Equal("real", Query(connection, "SELECT typeof(g2) FROM keyness LIMIT 1")[0][0]);
        Assert.Empty(Query(connection, "PRAGMA foreign_key_check"));
    }

    [Fact]
    public void Full_text_search_finds_russian_consent_in_001_and_002_at_their_offsets()
    {
        using var folder = new TempFolder();
        var (database, _) = ExportBoth(folder);
        using var connection = Open(database);
        var hits = Query(connection, """
            SELECT s.document_id, s.start, s."end", s.text FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid
            WHERE sentences_fts MATCH '"Russian consent"' ORDER BY s.document_id, s."index"
            """);
        Assert.Equal(["001", "002"], hits.Select(h => (string)h[0]).Distinct());
        var seeds = Repository.Seed;
        Assert.All(hits, h => Assert.Equal((string)h[3], seeds[(string)h[0]].Slice((int)(long)h[1], (int)(long)h[2])));
        Assert.Contains(hits, h => ((string)h[3]).Contains("Russian consent", StringComparison.OrdinalIgnoreCase) && (string)h[0] == "002");
        Assert.NotEmpty(Query(connection, "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH 'veto'"));
    }

    [PythonFact]
    public void Pythons_sqlite3_module_opens_it_and_searches_it()
    {
        var python = PythonFactAttribute.Python!;
        using var folder = new TempFolder();
        var (database, _) = ExportBoth(folder);
        var script = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            + "print(sorted({r[0] for r in c.execute(\"SELECT s.document_id FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid WHERE sentences_fts MATCH '\\\"Russian consent\\\"'\")}))";
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(database);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        Assert.Equal("['001', '002']", output.Trim());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var run = WorkbookCli.Run("export", "--format", "feather", "--out", folder.Path);
        Assert.Equal(2, run.Code);
        Assert.Contains("unknown --format \"feather\" (csv, sqlite or parquet)", run.Err);
    }
}
