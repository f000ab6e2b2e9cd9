using Workbook.Corpora;
using Workbook.Files;
using Workbook.Tests.Support;

namespace Workbook.Tests.Corpora;

public class ManifestTests
{
    [Fact]
    public void A_folder_without_manifest_loads_every_txt_as_unknown_with_titles_from_the_text()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "Second Story Headline\nBody of the second story. It has two sentences.");
        folder.Write("a.txt", "Just a first sentence that is the whole text.");
        var corpus = CorpusLoader.Load(folder.Path);
        Assert.Equal(["a", "b"], corpus.Documents.Select(d => d.Id));
        Assert.All(corpus.Documents, d => Assert.Equal("unknown", d.Kind));
        Assert.Equal("Second Story Headline", corpus["b"].Title);
        Assert.Equal("Just a first sentence that is the whole text.", corpus["a"].Title);
    }

    [Fact]
    public void Missing_file_is_named_in_the_error()
    {
        using var folder = new TempFolder();
        folder.Write("corpus.json", """{"documents": [{"id": "x", "file": "missing.txt", "kind": "news"}]}""");
        var e = Assert.Throws<CorpusException>(() => CorpusLoader.Load(folder.Path));
        Assert.EndsWith("corpus.json", e.Path);
        Assert.Contains("\"missing.txt\"", e.Problem);
    }

    [Theory]
    [InlineData("{\"documents\": [", "not valid JSON")]
    [InlineData("[]", "\"documents\" array")]
    [InlineData("{\"documents\": [{\"file\": \"a.txt\"}]}", "has no \"id\"")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"file\": \"a.txt\"}, {\"id\": \"a\", \"file\": \"a.txt\"}]}", "used more than once")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"file\": \"../a.txt\"}]}", "inside the corpus folder")]
    [InlineData("{\"documents\": [{\"id\": 7, \"file\": \"a.txt\"}]}", "must be a string")]
    public void Malformed_manifests_are_rejected_with_the_problem(string json, string problem)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Text.");
        folder.Write("corpus.json", json);
        var e = Assert.Throws<CorpusException>(() => CorpusLoader.Load(folder.Path));
        Assert.Contains(problem, e.Message);
        Assert.Contains("corpus.json", e.Message);
    }

    [Fact]
    public void Invalid_utf8_names_the_file()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "bad.txt"), [0x41, 0xC3, 0x28]);
        var e = Assert.Throws<CorpusException>(() => CorpusLoader.Load(folder.Path));
        Assert.EndsWith("bad.txt", e.Path);
        Assert.Contains("not valid UTF-8", e.Problem);
    }

    [Fact]
    public void Missing_folder_and_empty_folder_are_errors()
    {
        Assert.Contains("no such corpus folder", Assert.Throws<CorpusException>(() => CorpusLoader.Load("/nonexistent/corpus")).Message);
        using var folder = new TempFolder();
        Assert.Contains("no .txt files", Assert.Throws<CorpusException>(() => CorpusLoader.Load(folder.Path)).Message);
    }
}
