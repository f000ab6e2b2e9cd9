using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Workbook.Claims;

/// <summary>
/// A set of evaluation figures kept as JSON (<c>[{"measure": "macro-F1", "value": 0.61, "pairs": 8030}, …]</c>), so a
/// figure measured on data that is not in the repository, such as the FNC-1 development half, can be shown and checked.
/// </summary>
internal static class EvaluationRecord
{
    /// <summary>The figures as JSON, one per line, values to six decimals: the same figures give the same bytes.</summary>
    public static string ToJson(IReadOnlyList<EvaluationScore> scores)
    {
        var json = new StringBuilder("[\n");
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            json.Append("  {\"measure\": ").Append(JsonSerializer.Serialize(s.Measure))
                .Append(", \"value\": ").Append(s.Value.ToString("0.######", CultureInfo.InvariantCulture))
                .Append(", \"pairs\": ").Append(s.Pairs.ToString(CultureInfo.InvariantCulture)).Append('}')
                .Append(i + 1 < scores.Count ? ",\n" : "\n");
        }
        return json.Append("]\n").ToString();
    }

    /// <summary>Reads figures written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not such a list.</exception>
    public static IReadOnlyList<EvaluationScore> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateArray().Select(e => new EvaluationScore(
                e.GetProperty("measure").GetString() ?? throw new FormatException("a measure without a name"), e.GetProperty("value").GetDouble(), e.GetProperty("pairs").GetInt32())).ToList();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"not a list of evaluation figures: {e.Message}", e);
        }
    }
}
