namespace Workbook.Notebooks;

/// <summary>Asks each source in turn for the pictures the earlier ones could not supply.</summary>
internal sealed class ChainedPictures(params IPictureSource[] sources) : IPictureSource
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, byte[]> Pictures(IReadOnlyList<PictureRequest> requests)
    {
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var missing = requests.Where(r => !found.ContainsKey(r.Key)).ToList();
            if (missing.Count == 0) break;
            foreach (var (key, png) in source.Pictures(missing)) found[key] = png;
        }
        return found;
    }
}
