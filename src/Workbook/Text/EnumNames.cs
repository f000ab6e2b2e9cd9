using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Text;

namespace Workbook.Text;

/// <summary>
/// The one name ↔ value mapping of every closed set (relations, sources, roles, sections): the member name in
/// lower-case words, "NotAddressed" ↔ "not addressed", "ListItem" ↔ "list item", unless the member carries a
/// <see cref="DescriptionAttribute"/>, whose text is then its name. Tables, files and exports all use it.
/// </summary>
internal static class EnumNames
{
    /// <summary>The name of <paramref name="value"/> as written in tables and files.</summary>
    public static string Name<T>(T value) where T : struct, Enum => Name((Enum)value);

    /// <summary>The name of any enum value as written in tables and files.</summary>
    public static string Name(Enum value) => Known.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description
        ?? Words(v.ToString()));

    private static readonly ConcurrentDictionary<Enum, string> Known = new();

    /// <summary>
    /// A PascalCase name as lower-case words, the same under every culture: "ListItem" → "list item", "HTMLText" →
    /// "html text" (Humanizer lower-cases with the current culture, which writes "list ıtem" under Turkish).
    /// </summary>
    public static string Words(string pascalCase)
    {
        var words = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            var startsWord = i > 0 && char.IsUpper(c)
                && (!char.IsUpper(pascalCase[i - 1]) || (i + 1 < pascalCase.Length && char.IsLower(pascalCase[i + 1])));
            if (startsWord) words.Append(' ');
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }

    /// <summary>Every name of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Name(v)).ToList();

    /// <summary>True when <paramref name="name"/> is the name of a value of <typeparamref name="T"/>.</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Name(candidate) != name.Trim()) continue;
            value = candidate;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The value named <paramref name="name"/>.</summary>
    /// <exception cref="FormatException">No value has that name; the message lists the names.</exception>
    public static T Parse<T>(string name) where T : struct, Enum => TryParse<T>(name, out var value)
        ? value
        : throw new FormatException($"unknown {Words(typeof(T).Name)} \"{name}\" ({string.Join(", ", Names<T>())})");
}
