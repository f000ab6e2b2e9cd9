using System.Text.RegularExpressions;

namespace Workbook.Tables;

/// <summary>A table column's name from its property's: "DocumentId" → "document id", the same under every culture.</summary>
internal static partial class ColumnName
{
    /// <summary>Lower-case words of a PascalCase property name.</summary>
    public static string Of(string property) => WordStart().Replace(property, " ").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordStart();
}
