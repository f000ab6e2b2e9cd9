using Workbook.Tests.Display;
using Workbook.Tests.Support;
using Workbook.Vocabulary.Export;

namespace Workbook.Tests.Cli;

/// <summary>A corpus of many small files exports without anything that grows with the square of the document count.</summary>
[Collection(FormatterCollection.Name)]
public class LargeCorpusTests
{
    [Fact]
    public void Ten_thousand_files_export_with_similarity_kept_to_each_documents_nearest()
    {
        const int documents = 10_000;
        using var folder = new TempFolder();
        var random = new Random(7);
        string[] words = ["troops", "consent", "talks", "minister", "border", "energy", "budget", "court", "veto", "alliance", "the", "of", "said", "will", "not"];
        for (var i = 0; i < documents; i++)
        {
            var sentences = Enumerable.Range(0, 3).Select(_ => string.Join(' ', Enumerable.Range(0, 10).Select(_ => random.Next(3) == 0 ? $"term{random.Next(2000)}" : words[random.Next(words.Length)])) + ".");
            folder.Write($"doc{i:D5}.txt", char.ToUpperInvariant(string.Join(' ', sentences)[0]) + string.Join(' ', sentences)[1..] + "\n");
        }
        var output = Path.Combine(folder.Path, "out");
        var run = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", output);
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal(documents + 1, File.ReadLines(Path.Combine(output, "documents.csv")).Count());
        var similarity = File.ReadLines(Path.Combine(output, "similarity.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.InRange(similarity.Count, documents, documents * VocabularyCsv.NeighboursPerDocument);
        Assert.All(similarity.GroupBy(r => r[0]), g => Assert.True(g.Count() <= VocabularyCsv.NeighboursPerDocument));
        Assert.All(similarity, r => Assert.NotEqual(r[0], r[1]));
    }
}
