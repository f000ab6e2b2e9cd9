using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Workbook.Tests.Support;

namespace Workbook.Tests.Cli;

/// <summary><c>export --format parquet</c>, read back by DuckDB as an analyst with a large corpus would.</summary>
public class ParquetExportTests
{
    private static List<object?[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Every_table_is_a_typed_parquet_file_with_the_csv_rows_in_order_and_duckdb_counts_what_keyness_counted()
    {
        using var folder = new TempFolder();
        var (parquet, csv) = (Path.Combine(folder.Path, "parquet"), Path.Combine(folder.Path, "csv"));
        var run = WorkbookCli.Run("export", "--format", "parquet", "--out", parquet);
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal(0, WorkbookCli.Run("export", "--raw-text", "--out", csv).Code);
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        string Table(string name) => $"'{Path.Combine(parquet, name + ".parquet")}'";

        var csvFiles = Directory.GetFiles(csv, "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(csvFiles, Directory.GetFiles(parquet, "*.parquet").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList());
        foreach (var name in csvFiles)
        {
            var rows = CsvReader.Read(File.ReadAllText(Path.Combine(csv, name + ".csv")));
            var counted = Query(duck, $"SELECT count(*) FROM {Table(name!)}").Single()[0];
            Assert.Equal((long)(rows.Count - 1), Convert.ToInt64(counted, CultureInfo.InvariantCulture));
            var columns = Query(duck, $"SELECT column_name FROM (DESCRIBE SELECT * FROM {Table(name!)})").Select(r => (string)r[0]!).ToList();
            Assert.Equal(rows[0], columns);
        }

        var tokens = CsvReader.Read(File.ReadAllText(Path.Combine(csv, "tokens.csv")));
        var firstTokens = Query(duck, $"SELECT document_id, \"index\", start, \"end\", text, norm FROM {Table("tokens")} LIMIT 3");
        for (var i = 0; i < 3; i++)
            Assert.Equal([tokens[i + 1][0], tokens[i + 1][1], tokens[i + 1][3], tokens[i + 1][4], tokens[i + 1][5], tokens[i + 1][6]],
                firstTokens[i].Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

        var types = Query(duck, $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {Table("markers")})").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal(("BOOLEAN", "INTEGER", "VARCHAR"), (types["in_quote"], types["start"], types["term"]));
        Assert.Equal("DOUBLE", Query(duck, $"SELECT column_type FROM (DESCRIBE SELECT g2 FROM {Table("keyness")})").Single()[0]);

        var keyness = CsvReader.Read(File.ReadAllText(Path.Combine(csv, "keyness.csv")));
        foreach (var row in keyness.Skip(1).Take(5))
        {
            var sql = $"SELECT count(*) FROM {Table("tokens")} t JOIN {Table("documents")} d ON d.id = t.document_id WHERE d.kind = 'op-ed' AND t.norm = '{row[0].Replace("'", "''")}'";
            Assert.Equal(long.Parse(row[1], CultureInfo.InvariantCulture), Convert.ToInt64(Query(duck, sql).Single()[0], CultureInfo.InvariantCulture));
        }
    }
}
