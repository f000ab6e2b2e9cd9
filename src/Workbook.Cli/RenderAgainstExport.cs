using System.Diagnostics;
using System.Globalization;
using Workbook.Chapters;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Notebooks;

namespace Workbook.Cli;

/// <summary>
/// <c>workbook bench --documents N</c>: N small documents (three of the corpus's paragraphs each, in rotation) are
/// exported and rendered side by side in one run, so the ratio of render to export shows how render scales with the
/// number of documents on any machine.
/// </summary>
internal static class RenderAgainstExport
{
    private const int ParagraphsPerDocument = 3;

    /// <summary>Writes the corpus of <paramref name="documents"/> small texts, times export and render over it, and prints both and their ratio.</summary>
    public static void Measure(string folder, int documents, TextWriter stdout)
    {
        var paragraphs = CorpusWorkbook.Open(folder).Corpus.Documents
            .SelectMany(d => d.Paragraphs.Where(p => p.Role == ParagraphRole.Body).Select(p => p.Text)).ToList();
        if (paragraphs.Count == 0) throw new UsageException($"{folder} has no body paragraph to build documents from");
        var work = Path.Combine(Path.GetTempPath(), $"workbook-bench-{Environment.ProcessId}");
        try
        {
            var corpus = Path.Combine(work, "corpus");
            Directory.CreateDirectory(corpus);
            for (var i = 0; i < documents; i++)
            {
                var body = string.Join("\n\n", Enumerable.Range(0, ParagraphsPerDocument).Select(k => paragraphs[(i * ParagraphsPerDocument + k) % paragraphs.Count]));
                File.WriteAllText(Path.Combine(corpus, string.Create(CultureInfo.InvariantCulture, $"doc{i:D6}.txt")), body + "\n");
            }
            var export = Time(() =>
            {
                var wb = CorpusWorkbook.Open(corpus);
                var analyses = ExportCommand.Analyses(wb, new ExportScope(wb.OpEd, wb.Reports), TextWriter.Null);
                ExportCommand.WriteFiles(wb.Corpus, analyses, Path.Combine(work, "export"), CsvTextForm.Spreadsheet, new Terminal(TextWriter.Null, TextWriter.Null, false), CancellationToken.None);
            });
            var render = Time(() =>
            {
                var settings = new RenderSettings(Path.Combine(work, "notebooks"), Path.Combine(work, "site"), "Workbook.dll", null);
                WorkbookRenderer.Render(CorpusWorkbook.Open(corpus), ChapterCatalog.All, settings, new SavedPictures(settings.NotebookFolder));
            });
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{documents:N0} documents of {ParagraphsPerDocument} paragraphs: export {export.TotalSeconds:0.00} s, render {render.TotalSeconds:0.00} s; render takes {render / export:0.00}× export's time"));
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static TimeSpan Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed;
    }
}
