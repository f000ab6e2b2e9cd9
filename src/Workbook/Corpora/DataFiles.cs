namespace Workbook.Corpora;

/// <summary>Reads the general lexicons embedded from <c>src/Workbook/Data</c>.</summary>
internal static class DataFiles
{
    /// <summary>The text of the embedded data file <paramref name="name"/>.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream("Workbook.Data." + name)
            ?? throw new InvalidOperationException($"embedded resource Data/{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
