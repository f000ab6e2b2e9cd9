using System.Globalization;
using Parquet;
using Parquet.Schema;
using Workbook.Export;
using Workbook.Files;

namespace Workbook.Cli;

/// <summary>
/// Writes export tables as Apache Parquet files (Parquet.Net), for DuckDB, Spark, pandas or Polars over corpora too large
/// for CSV: one <c>NAME.parquet</c> per CSV table, the same columns, rows and order, each column typed from its values
/// (whole numbers as INT32, reals as DOUBLE, booleans as BOOLEAN, everything else as UTF-8 strings, all nullable), in row
/// groups of <see cref="RowGroupSize"/> rows. The set is staged beside the folder and moved in only when all is written.
/// </summary>
public static class ParquetExport
{
    /// <summary>Rows per row group: large enough for fast scans, small enough to hold one group's columns in memory.</summary>
    public const int RowGroupSize = 100_000;

    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>; a name in <paramref name="replaces"/> this set lacks is removed from it. Returns the folder.</summary>
    public static string Write(IReadOnlyList<CsvFile> files, string folder, IReadOnlyCollection<string> replaces, CancellationToken cancel = default)
    {
        using var staged = new StagedWrite();
        var staging = staged.Folder(folder, replaces.Select(FileName).ToList());
        foreach (var file in files)
        {
            cancel.ThrowIfCancellationRequested();
            AtomicFile.Write(Path.Combine(staging, FileName(file.Name)), stream => WriteTable(file.Table, stream, cancel).GetAwaiter().GetResult());
        }
        cancel.ThrowIfCancellationRequested();
        staged.Commit();
        return folder;
    }

    /// <summary>The Parquet file name of a CSV table's name: "tokens.csv" → "tokens.parquet".</summary>
    public static string FileName(string csvName) => Path.ChangeExtension(csvName, ".parquet");

    private static async Task WriteTable(CsvTable table, Stream stream, CancellationToken cancel)
    {
        using var rows = table.Rows.GetEnumerator();
        var group = Next(rows);
        var types = Enumerable.Range(0, table.Header.Count).Select(c => TypeOf(group.Select(r => r[c]))).ToArray();
        var fields = table.Header.Select((name, c) => Field(name, types[c])).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancel);
        do
        {
            using var rowGroup = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                var column = c;
                var values = group.Select(r => r[column]);
                switch (types[c])
                {
                    case ColumnType.Whole: await rowGroup.WriteAsync<int>(fields[c], values.Select(v => v is int i ? i : (int?)null).ToArray(), cancellationToken: cancel); break;
                    case ColumnType.Real: await rowGroup.WriteAsync<double>(fields[c], values.Select(Real).ToArray(), cancellationToken: cancel); break;
                    case ColumnType.Boolean: await rowGroup.WriteAsync<bool>(fields[c], values.Select(v => v is bool b ? b : (bool?)null).ToArray(), cancellationToken: cancel); break;
                    default: await rowGroup.WriteAsync(fields[c], values.Select(Text).ToArray()); break;
                }
            }
            group = Next(rows);
        }
        while (group.Count > 0);
    }

    private static List<IReadOnlyList<object?>> Next(IEnumerator<IReadOnlyList<object?>> rows)
    {
        var group = new List<IReadOnlyList<object?>>(Math.Min(RowGroupSize, 1024));
        while (group.Count < RowGroupSize && rows.MoveNext()) group.Add(rows.Current);
        return group;
    }

    private enum ColumnType { Whole, Real, Boolean, Text }

    /// <summary>The narrowest type every value of the first row group fits; a column with no value at all is text.</summary>
    private static ColumnType TypeOf(IEnumerable<object?> values)
    {
        var present = values.Where(v => v is not null).ToList();
        if (present.Count == 0) return ColumnType.Text;
        if (present.All(v => v is int)) return ColumnType.Whole;
        if (present.All(v => v is int or double)) return ColumnType.Real;
        return present.All(v => v is bool) ? ColumnType.Boolean : ColumnType.Text;
    }

    private static DataField Field(string name, ColumnType type) => type switch
    {
        ColumnType.Whole => new DataField<int?>(name),
        ColumnType.Real => new DataField<double?>(name),
        ColumnType.Boolean => new DataField<bool?>(name),
        _ => new DataField<string>(name),
    };

    private static double? Real(object? value) => value switch
    {
        int i => i,
        double d when !double.IsNaN(d) => d == 0 ? 0 : d,
        _ => null,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
