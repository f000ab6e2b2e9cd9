namespace Workbook.Notebooks;

/// <summary>
/// One <c>display_data</c> output: a mime bundle (mime type → text, in order) and output metadata.
/// Values of <c>application/*+json</c> types are raw JSON text.
/// </summary>
/// <param name="Data">The representations, most preferred first.</param>
/// <param name="Metadata">Output metadata as (key, raw JSON value) pairs.</param>
public sealed record CellOutput(IReadOnlyList<KeyValuePair<string, string>> Data, IReadOnlyList<KeyValuePair<string, string>> Metadata)
{
    /// <summary>The text of <paramref name="mimeType"/>, or null when the bundle has none.</summary>
    public string? this[string mimeType] => Data.FirstOrDefault(kv => kv.Key == mimeType).Value;
}
