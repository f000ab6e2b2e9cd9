using System.Text.Json.Nodes;
using NJsonSchema;

namespace Workbook.Tests.Support;

/// <summary>
/// The nbformat 4.5 schema (draft-04, BSD-3, licence beside it). NJsonSchema cannot follow references into
/// the nested "definitions/misc" object, so its members are lifted to top-level definitions first; the
/// constraints themselves are unchanged.
/// </summary>
public static class NotebookSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static ICollection<NJsonSchema.Validation.ValidationError> Validate(string notebookJson) => Schema.Value.Validate(notebookJson);

    private static JsonSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "nbformat", "nbformat.v4.5.schema.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var definitions = root["definitions"]!.AsObject();
        var misc = definitions["misc"]!.AsObject();
        definitions.Remove("misc");
        foreach (var (name, value) in misc.ToList())
        {
            misc.Remove(name);
            definitions["misc_" + name] = value;
        }
        var text = root.ToJsonString().Replace("#/definitions/misc/", "#/definitions/misc_");
        return JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
    }
}
