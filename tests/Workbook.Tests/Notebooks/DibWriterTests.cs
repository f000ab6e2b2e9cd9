using Microsoft.DotNet.Interactive.Documents;
using Workbook.Notebooks;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

[Collection(FormatterCollection.Name)]
public class DibWriterTests
{
    private static readonly KernelInfoCollection Kernels = [new KernelInfo("csharp", "C#", []), new KernelInfo("markdown", "Markdown", [])];

    [Fact]
    public void Each_chapter_as_dib_holds_its_cells_in_order_without_outputs_and_reads_back()
    {
        var notebooks = SeedRender.Notebooks(out _);
        foreach (var notebook in notebooks)
        {
            var dib = DibWriter.Write(notebook);
            Assert.Equal(dib, DibWriter.Write(notebook));
            var document = CodeSubmission.Parse(dib, Kernels);
            var cells = document.Elements.Select(e => (e.KernelName, e.Contents)).ToList();
            Assert.Equal(notebook.Cells.Count, cells.Count);
            foreach (var (cell, (kernel, contents)) in notebook.Cells.Zip(cells))
            {
                Assert.Equal(cell is CodeCell ? "csharp" : "markdown", kernel);
                Assert.Equal(cell.Source.Trim(), contents.Trim());
            }
            Assert.DoesNotContain(document.Elements, e => e.Outputs.Count > 0);
            Assert.StartsWith("#r \"", cells[1].Contents, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_with_dib_writes_a_dib_beside_each_notebook()
    {
        using var output = new TempFolder();
        var run = WorkbookCli.Run("render", "--corpus", Repository.Seeds, "--out", output.Path, "--no-pictures", "--dib");
        Assert.True(run.Code == 0, run.Err);
        var folder = Path.Combine(output.Path, "notebooks");
        Assert.Equal(Directory.GetFiles(folder, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            Directory.GetFiles(folder, "*.dib").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
    }
}
