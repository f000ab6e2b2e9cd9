namespace Workbook.Corpora;

/// <summary>Reads the general lexicons embedded from <c>src/Workbook/Data</c>.</summary>
internal static class DataFiles
{
    /// <summary>The text of the embedded data file <paramref name="name"/>.</summary>
    public static string Read(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    /// <summary>A seekable stream over the embedded data file <paramref name="name"/>.</summary>
    public static Stream Open(string name) => typeof(DataFiles).Assembly.GetManifestResourceStream("Workbook.Data." + name)
        ?? throw new InvalidOperationException($"embedded resource Data/{name} is missing");
}
