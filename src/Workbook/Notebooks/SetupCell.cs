using Workbook.Display;

namespace Workbook.Notebooks;

/// <summary>The first cell of every notebook: loads Workbook.dll, imports the namespaces cells use, registers the formatters, opens the corpus as <c>wb</c>.</summary>
public static class SetupCell
{
    /// <summary>The namespaces every chapter's cells may use, imported by the setup cell.</summary>
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "Workbook", "Workbook.Text", "Workbook.Corpora", "Workbook.Tables", "Workbook.Charts",
        "Workbook.Vocabulary.Charts", "Workbook.Rhetoric.Charts", "Workbook.Actors.Charts", "Workbook.Frames.Charts", "Workbook.Tone.Charts", "Workbook.Claims.Charts", "Workbook.Claims.Display", "Workbook.Notebooks",
    ];

    /// <summary>The setup cell's id in the notebook of chapter <paramref name="chapterName"/>.</summary>
    public static string Id(string chapterName) => $"{chapterName}-00";

    /// <summary>The setup cell's C#, with paths relative to the notebook folder so the notebook opens anywhere the repository is.</summary>
    public static string Source(RenderSettings settings, string corpusFolder)
    {
        var library = Relative(settings.NotebookFolder, settings.LibraryPath);
        var corpus = Relative(settings.NotebookFolder, corpusFolder);
        var usings = string.Join("\n", Namespaces.Select(n => $"using {n};"));
        return $"#r \"{library}\"\n{usings}\nWorkbook.Display.WorkbookFormatters.Register();\nvar wb = CorpusWorkbook.Open(\"{corpus}\");";
    }

    private static string Relative(string from, string to) =>
        Path.GetRelativePath(Path.GetFullPath(from), Path.GetFullPath(to)).Replace('\\', '/');
}
