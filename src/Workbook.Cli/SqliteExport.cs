using System.Globalization;
using Microsoft.Data.Sqlite;
using Workbook.Export;

namespace Workbook.Cli;

/// <summary>
/// Writes export tables into one SQLite database, for Datasette, sqlite-utils, DB Browser, DuckDB or pandas: one table
/// per CSV file (same name, same columns), columns typed from their values (INTEGER, REAL, TEXT), the corpus tables keyed
/// (documents by id; paragraphs, sentences and tokens by document and index), every <c>document_id</c> a foreign key to
/// <c>documents</c>, and FTS5 full-text indexes over sentence and paragraph text (<c>sentences_fts</c>, <c>paragraphs_fts</c>).
/// The database is built in a temporary file beside the target and moved into place.
/// </summary>
public static class SqliteExport
{
    /// <summary>The database's file name in the export folder.</summary>
    public const string FileName = "workbook.db";

    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        ["documents"] = ["id"],
        ["paragraphs"] = ["document_id", "index"],
        ["sentences"] = ["document_id", "index"],
        ["tokens"] = ["document_id", "index"],
    };

    private static readonly string[] FullText = ["sentences", "paragraphs"];

    /// <summary>Writes <paramref name="files"/> to <paramref name="folder"/>/workbook.db; returns its path.</summary>
    /// <exception cref="IOException">The database cannot be written (a read-only or full disk, a file-size limit) or another program holds a lock on the one it replaces; the message says which.</exception>
    public static string Write(IReadOnlyList<CsvFile> files, string folder, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var temporary = Path.Combine(folder, $".{FileName}.{Environment.ProcessId}.tmp");
        try
        {
            RefuseIfLocked(path);
            Build(files, temporary, cancel);
            RefuseIfLocked(path);
            File.Move(temporary, path, overwrite: true);
        }
        catch (SqliteException e)
        {
            throw new IOException($"{path}: cannot be written (a read-only or full disk, or a file-size limit): {e.Message}", e);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return path;
    }

    /// <summary>Refuses to replace a database another program has open in a transaction (DB Browser, a running query): its work would be lost under it.</summary>
    private static void RefuseIfLocked(string path)
    {
        if (!File.Exists(path)) return;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 1 }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "BEGIN EXCLUSIVE;");
            Execute(connection, "ROLLBACK;");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new IOException($"{path}: another program holds a lock on it (a database browser or a running query); close it and export again", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26)
        {
            throw new IOException($"{path}: is not a SQLite database; move it away, so the export does not replace a file it did not write", e);
        }
    }

    private static void Build(IReadOnlyList<CsvFile> files, string temporary, CancellationToken cancel)
    {
        if (File.Exists(temporary)) File.Delete(temporary);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var file in files.OrderBy(f => f.Name == "documents.csv" ? 0 : 1))
                {
                    cancel.ThrowIfCancellationRequested();
                    WriteTable(connection, transaction, Path.GetFileNameWithoutExtension(file.Name), file.Table);
                }
                foreach (var table in FullText.Where(t => files.Any(f => f.Name == t + ".csv")))
                {
                    Execute(connection, $"CREATE VIRTUAL TABLE {table}_fts USING fts5(text, content='{table}', content_rowid='rowid');", transaction);
                    Execute(connection, $"INSERT INTO {table}_fts({table}_fts) VALUES('rebuild');", transaction);
                }
                transaction.Commit();
            }
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA foreign_key_check;";
                using var violations = check.ExecuteReader();
                if (violations.Read()) throw new InvalidOperationException($"table {violations.GetString(0)} names a document that is not in documents");
            }
        }
    }

    private static void WriteTable(SqliteConnection connection, SqliteTransaction transaction, string table, CsvTable rows)
    {
        using var enumerator = rows.Rows.GetEnumerator();
        var first = enumerator.MoveNext() ? enumerator.Current : null;
        var columns = rows.Header.Select((name, i) => $"{Quote(name)} {Type(first?[i])}").ToList();
        if (Keys.TryGetValue(table, out var key)) columns.Add($"PRIMARY KEY ({string.Join(", ", key.Select(Quote))})");
        if (table != "documents" && rows.Header.Contains("document_id")) columns.Add("FOREIGN KEY (\"document_id\") REFERENCES documents(\"id\")");
        Execute(connection, $"CREATE TABLE {Quote(table)} ({string.Join(", ", columns)});", transaction);
        if (first is null) return;

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {Quote(table)} VALUES ({string.Join(", ", rows.Header.Select((_, i) => $"$p{i}"))});";
        // No declared parameter type: each value binds as what it is (integer, real, text or null).
        var parameters = rows.Header.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}", Value = DBNull.Value })).ToList();
        insert.Prepare();
        var row = first;
        while (row is not null)
        {
            for (var i = 0; i < parameters.Count; i++) parameters[i].Value = Value(row[i]);
            insert.ExecuteNonQuery();
            row = enumerator.MoveNext() ? enumerator.Current : null;
        }
    }

    private static string Type(object? value) => value switch
    {
        int or long or short or byte or bool => "INTEGER",
        double or float or decimal => "REAL",
        _ => "TEXT",
    };

    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        double d when double.IsNaN(d) => DBNull.Value,
        bool b => b ? 1 : 0,
        int or long or double => value,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
