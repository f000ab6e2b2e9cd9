using System.Text.Json;
using Workbook.Notebooks;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

/// <summary>The notebooks in the repository are exactly what the code renders today.</summary>
[Collection(FormatterCollection.Name)]
public class CommittedNotebookTests
{
    private static IReadOnlyList<Notebook> RenderFresh(out int missing) => SeedRender.Notebooks(out missing);

    [Fact]
    public void Committed_notebooks_equal_a_fresh_render()
    {
        var notebooks = RenderFresh(out var missing);
        Assert.Equal(0, missing);
        foreach (var notebook in notebooks)
        {
            var path = Path.Combine(Repository.Notebooks, notebook.Name + ".ipynb");
            Assert.True(File.Exists(path), $"{path} is not committed; run the README's render command");
            Assert.True(File.ReadAllText(path) == IpynbWriter.Write(notebook), $"{notebook.Name}.ipynb differs from a fresh render; run the README's render command and commit");
        }
        Assert.Equal(notebooks.Select(n => n.Name + ".ipynb").Order(), Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        var first = RenderFresh(out _).Select(IpynbWriter.Write).ToList();
        var second = RenderFresh(out _).Select(IpynbWriter.Write).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_committed_notebook_validates_and_has_unique_stable_cell_ids()
    {
        foreach (var path in Directory.GetFiles(Repository.Notebooks, "*.ipynb"))
        {
            var text = File.ReadAllText(path);
            Assert.Empty(NotebookSchema.Validate(text));
            using var json = JsonDocument.Parse(text);
            var ids = json.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", id));
        }
    }

    [Fact]
    public void Vocabulary_notebook_shows_keyness_scatter_kwic_dispersion_and_similarity()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Notebooks, "02-vocabulary.ipynb")));
        var code = json.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").ToList();
        string Joined(JsonElement lines) => string.Concat(lines.EnumerateArray().Select(l => l.GetString()));
        var plain = code.SelectMany(c => c.GetProperty("outputs").EnumerateArray()).Select(o => Joined(o.GetProperty("data").GetProperty("text/plain"))).ToList();
        foreach (var title in new[] { "Keyness: op-ed (right) against news (left)", "Terms by frequency: op-ed (up) against news (right)",
                     "Lexical dispersion: where each term falls along each document", "Document similarity (TF-IDF cosine)" })
            Assert.Contains($"Chart: {title}", plain);
        var kwic = code.Single(c => Joined(c.GetProperty("source")).StartsWith("wb.Vocabulary.Kwic(wb.Vocabulary.KeyTerms(wb.OpEd, wb.Reports).Pattern", StringComparison.Ordinal));
        Assert.Matches("^[0-9]+ matches$", Joined(kwic.GetProperty("outputs")[0].GetProperty("data").GetProperty("text/plain")));
        Assert.Contains(code, c => Joined(c.GetProperty("source")) == "wb.Vocabulary.Keyness(wb.OpEd, wb.Reports).Rows.Top(20)"
            && Joined(c.GetProperty("outputs")[0].GetProperty("data").GetProperty("text/html")).Contains(">G&#178;</th>"));
    }

    [Fact]
    public void Corpus_notebook_shows_tables_and_a_chart_that_readers_without_javascript_can_see()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Notebooks, "01-corpus.ipynb")));
        var outputs = json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray())
            .Select(o => o.GetProperty("data")).ToList();
        string Html(JsonElement data) => string.Concat(data.GetProperty("text/html").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains(outputs, d => d.TryGetProperty("text/html", out _) && Html(d).Contains("<table class=\"workbook-table\">") && Html(d).Contains("5 documents"));
        var charts = outputs.Where(d => d.TryGetProperty("text/html", out _) && Html(d).Contains("class=\"workbook-chart\"")).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            Assert.True(chart.TryGetProperty("image/png", out var png), "chart output has no image/png");
            Assert.StartsWith("iVBORw0KGgo", png.EnumerateArray().First().GetString());
            Assert.Contains("<img alt=", Html(chart));
        });
    }
}
