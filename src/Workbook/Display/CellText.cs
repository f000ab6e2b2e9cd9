using System.Collections;
using System.Globalization;
using Humanizer;
using Workbook.Text;

namespace Workbook.Display;

/// <summary>How a table cell's value reads to a person. Pure formatting: no value is computed here.</summary>
internal static class CellText
{
    /// <summary>The cell's text: whole numbers with thousands separators, decimals to at most three places (small ones in e-notation), durations and enum names in words.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        int or long or short => ((IFormattable)value).ToString("N0", CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        TimeSpan t => t.Humanize(2, CultureInfo.InvariantCulture, minUnit: Humanizer.Localisation.TimeUnit.Second),
        bool b => b ? "yes" : "no",
        Enum e => EnumNames.Name(e),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>True for values that are right-aligned (numbers and durations).</summary>
    public static bool IsNumeric(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double)
            || type == typeof(float) || type == typeof(decimal) || type == typeof(TimeSpan);
    }

    private static string FormatDouble(double d)
    {
        if (double.IsNaN(d)) return "–";
        if (double.IsInfinity(d)) return d > 0 ? "∞" : "−∞";
        if (d == 0) return "0";
        var magnitude = Math.Abs(d);
        if (magnitude < 0.001) return d.ToString("0.00e+0", CultureInfo.InvariantCulture);
        return d.ToString(magnitude >= 1000 ? "N1" : "0.0##", CultureInfo.InvariantCulture);
    }
}
