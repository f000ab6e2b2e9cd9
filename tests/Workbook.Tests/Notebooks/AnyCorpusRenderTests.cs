using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

/// <summary>
/// The chapters speak of the corpus they are given. Rendered for persuasive essays the team did not write (six of the
/// Argument Annotated Essays in ../shared/argument-dev), no notebook names a topic word of the seeds that the essays do
/// not use themselves, and the keyword-in-context and dispersion cells show the essays' own terms.
/// </summary>
[Collection(Display.FormatterCollection.Name)]
public class AnyCorpusRenderTests
{
    /// <summary>Words of the seeds' topic (stems, matched case-insensitively), none of which a general chapter needs.</summary>
    internal static readonly string[] SeedTopicWords =
    [
        "consent", "approv", "veto", "acquiescence", "permission", "russia", "kremlin", "moscow", "putin", "ukrain", "troop",
        "deploy", "escalat", "nato", "macron", "deterr", "sovereign", "attrition", "red line", "buy-in", "telegraph",
    ];

    [Fact]
    public void No_chapter_source_names_a_topic_word_of_the_seeds()
    {
        foreach (var file in Directory.GetFiles(Repository.Notebooks, "*.cs"))
        {
            var text = File.ReadAllText(file).ToLowerInvariant();
            Assert.True(SeedTopicWords.All(w => !text.Contains(w, StringComparison.Ordinal)),
                $"{Path.GetFileName(file)} names {string.Join(", ", SeedTopicWords.Where(w => text.Contains(w, StringComparison.Ordinal)))}");
        }
    }

    [SharedFact]
    public void Essays_on_other_topics_render_with_their_own_terms_and_no_word_of_the_seeds()
    {
        using var corpus = new TempFolder();
        foreach (var essay in Directory.GetFiles(Path.Combine(Repository.Shared!, "argument-dev", "essays"), "*.txt").Order(StringComparer.Ordinal).Take(6))
            File.Copy(essay, Path.Combine(corpus.Path, Path.GetFileName(essay)));
        using var output = new TempFolder();
        var run = WorkbookCli.Run("render", "--corpus", corpus.Path, "--out", output.Path, "--no-pictures");
        Assert.True(run.Code == 0, run.Err);

        var corpusText = string.Concat(Directory.GetFiles(corpus.Path).Select(File.ReadAllText)).ToLowerInvariant();
        var absent = SeedTopicWords.Where(w => !corpusText.Contains(w, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(absent);
        var cells = new List<(string Source, string Output)>();
        foreach (var notebook in Directory.GetFiles(Path.Combine(output.Path, "notebooks"), "*.ipynb"))
        {
            var text = File.ReadAllText(notebook).ToLowerInvariant();
            Assert.True(absent.All(w => !text.Contains(w, StringComparison.Ordinal)),
                $"{Path.GetFileName(notebook)} names {string.Join(", ", absent.Where(w => text.Contains(w, StringComparison.Ordinal)))}, which the essays never use");
            cells.AddRange(SavedNotebook.CodeCells(notebook).Select(cell => (cell.Source, string.Concat(cell.Outputs.Select(o => o.GetValueOrDefault("text/html"))))));
        }
        var kwic = Assert.Single(cells, c => c.Source.Contains(".Kwic(", StringComparison.Ordinal));
        Assert.Contains("wb.Vocabulary.KeyTerms(wb.OpEd, wb.Reports).Pattern", kwic.Source);
        Assert.Contains("<td", kwic.Output);
        Assert.Contains("competition", kwic.Output);
        var dispersion = Assert.Single(cells, c => c.Source.Contains("Dispersion(", StringComparison.Ordinal));
        Assert.Matches("\"x\":\\[[0-9]", dispersion.Output);
        var keyTerms = Assert.Single(cells, c => c.Source == "wb.Vocabulary.KeyTerms(wb.OpEd, wb.Reports).Rows");
        Assert.Contains("keyness against the reference", keyTerms.Output);
    }
}
