namespace Workbook.Tables;

/// <summary>Turns LINQ results back into tables.</summary>
public static class TableExtensions
{
    /// <summary>Materialises <paramref name="rows"/> as a table whose rows are called <paramref name="noun"/>.</summary>
    public static Table<TRow> ToTable<TRow>(this IEnumerable<TRow> rows, string noun) where TRow : notnull =>
        new(noun, rows as IReadOnlyList<TRow> ?? rows.ToList());
}
