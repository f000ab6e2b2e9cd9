using System.Text.RegularExpressions;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

/// <summary>
/// The committed notebooks run in the real .NET Interactive kernel, cell by cell, from a copy of the
/// repository: every table comes back as the saved HTML, every chart with the saved figure JSON.
/// </summary>
public partial class KernelRunTests
{
    public static TheoryData<string> Chapters => new(Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [KernelTheory]
    [MemberData(nameof(Chapters))]
    public async Task Every_code_cell_runs_in_the_kernel_and_gives_its_saved_outputs(string chapter)
    {
        using var copy = new TempFolder();
        CopyRepository(copy.Path);
        var cells = SavedNotebook.CodeCells(Path.Combine(Repository.Notebooks, chapter + ".ipynb"));
        Assert.NotEmpty(cells);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await using var kernel = InteractiveKernel.Start(InteractiveKernel.Find()!, Path.Combine(copy.Path, "notebooks"));
        foreach (var cell in cells)
        {
            var produced = await kernel.SubmitAsync(cell.Source, timeout.Token);
            var expected = cell.Outputs;
            Assert.True(expected.Count == produced.Count, $"{chapter}: the cell gave {produced.Count} outputs in the kernel, {expected.Count} saved:\n{cell.Source}");
            foreach (var (want, got) in expected.Zip(produced))
            {
                var wantHtml = want["text/html"];
                Assert.True(got.TryGetValue("text/html", out var gotHtml), $"{chapter}: no HTML from the kernel for:\n{cell.Source}");
                if (FigureJson().Match(wantHtml) is { Success: true } figure)
                    Assert.Equal(figure.Groups[1].Value, FigureJson().Match(gotHtml!).Groups[1].Value);
                else
                    Assert.Equal(wantHtml, gotHtml);
            }
        }
    }

    /// <summary>What the notebooks read: themselves, the seeds, and the library's build where the setup cell's <c>#r</c> looks for it.</summary>
    private static void CopyRepository(string target)
    {
        CopyFolder(Repository.Notebooks, Path.Combine(target, "notebooks"), "*.ipynb");
        CopyFolder(Repository.Seeds, Path.Combine(target, "seeds"), "*");
        var build = Path.GetDirectoryName(typeof(Workbook.CorpusWorkbook).Assembly.Location)!;
        CopyFolder(build, Path.Combine(target, "src", "Workbook", "bin", "Release", "net10.0"), "*.dll");
    }

    private static void CopyFolder(string source, string target, string pattern)
    {
        foreach (var file in Directory.GetFiles(source, pattern, SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    [GeneratedRegex(@"var figure = (.*);\n")]
    private static partial Regex FigureJson();
}
