namespace Workbook.Notebooks;

/// <summary>The first cell of every notebook: loads Workbook.dll, registers the formatters, opens the corpus as <c>wb</c>.</summary>
public static class SetupCell
{
    /// <summary>The setup cell's C#, with paths relative to the notebook folder so the notebook opens anywhere the repository is.</summary>
    public static string Source(RenderSettings settings)
    {
        var library = Relative(settings.NotebookFolder, settings.LibraryPath);
        var corpus = Relative(settings.NotebookFolder, settings.CorpusFolder);
        return $"""
            #r "{library}"
            using Workbook;
            using Workbook.Charts;
            Workbook.Display.WorkbookFormatters.Register();
            var wb = CorpusWorkbook.Open("{corpus}");
            """;
    }

    private static string Relative(string from, string to) =>
        Path.GetRelativePath(Path.GetFullPath(from), Path.GetFullPath(to)).Replace('\\', '/');
}
