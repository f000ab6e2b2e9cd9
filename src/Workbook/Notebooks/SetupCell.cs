namespace Workbook.Notebooks;

/// <summary>
/// The first cell of every notebook: loads Workbook.dll and the packages whose API the chapter's cells call (from beside it, so
/// the versions are the library's own), imports the namespaces cells use, registers the formatters, opens the corpus as <c>wb</c>.
/// </summary>
internal static class SetupCell
{
    /// <summary>The namespaces every chapter's cells may use, imported by the setup cell.</summary>
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "Workbook", "Workbook.Text", "Workbook.Corpora", "Workbook.Tables", "Workbook.Charts",
        .. CorpusWorkbook.FamilyProperties.SelectMany(p => new[] { p.PropertyType.Namespace + ".Charts", p.PropertyType.Namespace + ".Display" })
            .Where(typeof(CorpusWorkbook).Assembly.GetExportedTypes().Select(t => t.Namespace).ToHashSet().Contains),
        "Workbook.Notebooks",
    ];

    /// <summary>The setup cell's id in the notebook of chapter <paramref name="chapterName"/>.</summary>
    public static string Id(string chapterName) => $"{chapterName}-00";

    /// <summary>The setup cell's C#, with paths relative to the notebook folder so the notebook opens anywhere the repository is.</summary>
    public static string Source(RenderSettings settings, string corpusFolder, IChapter chapter)
    {
        var library = Relative(settings.NotebookFolder, settings.LibraryPath);
        var corpus = Relative(settings.NotebookFolder, corpusFolder);
        var folder = library.Contains('/') ? library[..(library.LastIndexOf('/') + 1)] : "";
        var references = string.Concat(chapter.PackageAssemblies.Select(name => $"\n#r \"{folder}{name}\""));
        var usings = string.Join("\n", Namespaces.Concat(chapter.PackageNamespaces).Select(n => $"using {n};"));
        return $"#r \"{library}\"{references}\n{usings}\nWorkbook.Display.WorkbookFormatters.Register();\nvar wb = CorpusWorkbook.Open(\"{corpus}\");";
    }

    private static string Relative(string from, string to) =>
        Path.GetRelativePath(Path.GetFullPath(from), Path.GetFullPath(to)).Replace('\\', '/');
}
