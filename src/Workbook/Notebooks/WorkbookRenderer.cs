using System.Globalization;
using System.Text;
using Humanizer;
using Workbook.Charts;
using Workbook.Display;
using Workbook.Files;

namespace Workbook.Notebooks;

/// <summary>
/// Renders chapters into notebooks and a site. The setup cell goes after the chapter's opening markdown. runs every chapter's cells against one workbook, gets
/// pictures for all figures in one batch, formats outputs, and writes each file atomically. No kernel,
/// no Roslyn.
/// </summary>
public static class WorkbookRenderer
{
    /// <summary>Runs the chapters and returns the notebooks, without writing anything. Formatting uses the invariant culture, so output does not depend on the machine's locale.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired; nothing is returned.</exception>
    public static IReadOnlyList<Notebook> Build(CorpusWorkbook wb, IReadOnlyList<IChapter> chapters, RenderSettings settings,
        IPictureSource pictures, IProgress<string>? progress, out int missingPictures, CancellationToken cancel = default)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try { return BuildInvariant(wb, chapters, settings, pictures, progress, out missingPictures, cancel); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture); }
    }

    private static IReadOnlyList<Notebook> BuildInvariant(CorpusWorkbook wb, IReadOnlyList<IChapter> chapters, RenderSettings settings,
        IPictureSource pictures, IProgress<string>? progress, out int missingPictures, CancellationToken cancel)
    {
        WorkbookFormatters.Register();
        var drafts = new List<(IChapter Chapter, List<DraftCell> Cells, Task<IReadOnlyList<CellOutput>?[]> Outputs)>();
        Task formatting = Task.CompletedTask;
        try
        {
            foreach (var chapter in chapters)
            {
                progress?.Report($"running {chapter.Name}");
                var builder = new NotebookBuilder(chapter.Name, cancel);
                chapter.Write(builder, wb);
                var cells = builder.Cells.Select(AsDisplayed).ToList();
                var outputs = formatting.ContinueWith(_ => FormatValues(cells), TaskScheduler.Default);
                drafts.Add((chapter, cells, outputs));
                formatting = outputs;
            }
        }
        catch
        {
            formatting.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        var requests = drafts.SelectMany(d => d.Cells).Select(c => c.Value).OfType<Figure>().Select(PictureRequest.For).ToList();
        var found = pictures.Pictures(requests);
        missingPictures = requests.Select(r => r.Key).Distinct().Count(k => !found.ContainsKey(k));

        var corpus = wb.Folder ?? throw new ArgumentException("rendering needs a workbook opened from a corpus folder (CorpusWorkbook.Open)");
        return drafts.Select(d => ToNotebook(d.Chapter, d.Cells, d.Outputs.GetAwaiter().GetResult(), SetupCell.Source(settings, corpus, d.Chapter), found)).ToList();
    }

    /// <summary>
    /// The outputs of a chapter's code cells other than charts (those wait for their pictures), null elsewhere. Made on one
    /// thread, chapter after chapter, while the next chapter runs; the culture flows with the task, so formatting stays invariant.
    /// </summary>
    private static IReadOnlyList<CellOutput>?[] FormatValues(IReadOnlyList<DraftCell> cells) =>
        cells.Select(cell => cell.IsCode && cell.Value is not Figure ? OutputFormatter.ForValue(cell.Value) : null).ToArray();

    /// <summary>Builds the notebooks and writes them and the site as one set: staged beside their folders and moved in only when every file is written, so a failed run leaves the earlier set whole.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired before the set was moved into place; the earlier set is whole.</exception>
    public static RenderReport Render(CorpusWorkbook wb, IReadOnlyList<IChapter> chapters, RenderSettings settings,
        IPictureSource pictures, IProgress<string>? progress = null, CancellationToken cancel = default)
    {
        var notebooks = Build(wb, chapters, settings, pictures, progress, out var missing, cancel);
        cancel.ThrowIfCancellationRequested();
        using var staged = new StagedWrite();
        var notebookStage = staged.Folder(settings.NotebookFolder);
        foreach (var notebook in notebooks)
        {
            File.WriteAllText(Path.Combine(notebookStage, notebook.Name + ".ipynb"), IpynbWriter.Write(notebook));
            if (settings.WriteDib) File.WriteAllText(Path.Combine(notebookStage, notebook.Name + ".dib"), DibWriter.Write(notebook));
        }
        var plotly = PlotlyScript(settings);
        var pages = SiteWriter.Write(notebooks, staged.Folder(settings.SiteFolder), plotly);
        cancel.ThrowIfCancellationRequested();
        staged.Commit();
        var files = notebooks.Select(n => Path.Combine(settings.NotebookFolder, n.Name + ".ipynb"))
            .Concat(settings.WriteDib ? notebooks.Select(n => Path.Combine(settings.NotebookFolder, n.Name + ".dib")) : [])
            .Concat(pages.Select(p => Path.Combine(settings.SiteFolder, Path.GetFileName(p)))).ToList();
        progress?.Report($"wrote {"notebook".ToQuantity(notebooks.Count)} to {settings.NotebookFolder} and the site to {settings.SiteFolder}");
        return new RenderReport(notebooks, files, missing);
    }

    /// <summary>
    /// Builds the notebooks and rewrites only the notebooks and site pages whose bytes changed, each atomically (for watch mode:
    /// an editor with a notebook open reloads just that one). <see cref="RenderReport.Files"/> lists the files rewritten.
    /// </summary>
    public static RenderReport Update(CorpusWorkbook wb, IReadOnlyList<IChapter> chapters, RenderSettings settings,
        IPictureSource pictures, IProgress<string>? progress = null)
    {
        var notebooks = Build(wb, chapters, settings, pictures, progress, out var missing);
        var plotly = PlotlyScript(settings);
        var contents = notebooks.Select(n => (Path: Path.Combine(settings.NotebookFolder, n.Name + ".ipynb"), Bytes: Encoding.UTF8.GetBytes(IpynbWriter.Write(n))))
            .Concat(SiteWriter.Pages(notebooks, plotly).Select(p => (Path: Path.Combine(settings.SiteFolder, p.FileName), Bytes: p.Utf8Bytes())));
        var rewritten = new List<string>();
        foreach (var (path, bytes) in contents)
        {
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) continue;
            AtomicFile.WriteAllBytes(path, bytes);
            rewritten.Add(path);
        }
        return new RenderReport(notebooks, rewritten, missing);
    }

    private static string? PlotlyScript(RenderSettings settings) =>
        settings.PlotlyScriptPath is { } script && File.Exists(script) ? File.ReadAllText(script) : null;

    private static Notebook ToNotebook(IChapter chapter, IReadOnlyList<DraftCell> cells, IReadOnlyList<CellOutput>?[] formatted, string setup,
        IReadOnlyDictionary<string, byte[]> pictures)
    {
        var notebookCells = new List<NotebookCell>();
        var charts = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var id = CellId(chapter, i + 1);
            if (!cell.IsCode) { notebookCells.Add(new MarkdownCell(id, cell.Source)); continue; }
            IReadOnlyList<CellOutput> outputs;
            if (cell.Value is Figure figure)
            {
                var request = PictureRequest.For(figure);
                outputs = [OutputFormatter.ForFigure(figure, $"{chapter.Name}-chart-{++charts}", request, pictures.GetValueOrDefault(request.Key))];
            }
            else outputs = formatted[i]!;
            notebookCells.Add(new CodeCell(id, cell.Source, outputs));
        }
        notebookCells.Insert(notebookCells.Count > 0 && notebookCells[0] is MarkdownCell ? 1 : 0, new CodeCell(SetupCell.Id(chapter.Name), setup, []));
        return new Notebook(chapter.Name, chapter.Title, notebookCells);
    }

    /// <summary>A chart cell's value as the figure that is shown (ours or Plotly.NET's, in the house style), made once for the pictures and the outputs.</summary>
    private static DraftCell AsDisplayed(DraftCell cell) => DisplayedFigure.Of(cell.Value) is { } figure ? cell with { Value = figure } : cell;

    private static string CellId(IChapter chapter, int index) => $"{chapter.Name}-{index:D2}";
}
