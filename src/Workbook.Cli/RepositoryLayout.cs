namespace Workbook.Cli;

/// <summary>Where things are: the repository (the folder holding Workbook.sln), its seeds and notebooks, and the built assets.</summary>
public sealed record RepositoryLayout(string Root)
{
    /// <summary>The repository's corpus.</summary>
    public string Seeds => Path.Combine(Root, "seeds");
    /// <summary>The repository's notebooks.</summary>
    public string Notebooks => Path.Combine(Root, "notebooks");
    /// <summary>The repository's HTML site.</summary>
    public string Site => Path.Combine(Root, "site");
    /// <summary>The README's pictures.</summary>
    public string Docs => Path.Combine(Root, "docs");
    /// <summary>The Release build of the library, which notebook setup cells reference.</summary>
    public string Library => Path.Combine(Root, "src", "Workbook", "bin", "Release", "net10.0", "Workbook.dll");

    /// <summary>plotly.min.js copied beside the command by the build.</summary>
    public static string PlotlyScript => Path.Combine(AppContext.BaseDirectory, "plotly", "plotly.min.js");

    /// <summary>Finds the repository from the current folder upwards, else from the command's own folder.</summary>
    public static RepositoryLayout? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Workbook.sln"))) return new RepositoryLayout(dir.FullName);
        }
        return null;
    }
}
