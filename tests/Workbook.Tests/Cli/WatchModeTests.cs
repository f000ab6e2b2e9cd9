using Workbook.Cli;
using Workbook.Tests.Support;

namespace Workbook.Tests.Cli;

public class WatchModeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Watch_rewrites_what_a_corpus_change_touches_reports_it_in_one_line_and_stops_cleanly()
    {
        using var corpus = new TempFolder();
        corpus.Write("x.txt", "A Headline\nA body sentence about consent. Another one about approval.");
        corpus.Write("y.txt", "Second Story\nOfficials want Russian consent before troops move.");
        corpus.Write("z.txt", "Third Story\nNo veto for Moscow, said the minister.");
        using var output = new TempFolder();
        var (printed, errors) = (new StringWriter(), new StringWriter());
        var (stdout, stderr) = (TextWriter.Synchronized(printed), TextWriter.Synchronized(errors));
        using var stop = new CancellationTokenSource();
        var watch = Task.Run(() => WorkbookCommand.RunAsync(["render", "--corpus", corpus.Path, "--out", output.Path, "--no-pictures", "--watch"],
            new Terminal(stdout, stderr, ShowsProgress: false), stop.Token));
        await Until(() => Text((stdout, printed)).Contains("watching"), watch, (stderr, errors));

        var corpusNotebook = Path.Combine(output.Path, "notebooks", "01-corpus.ipynb");
        var before = File.ReadAllText(corpusNotebook);
        Assert.DoesNotContain("zeppelins", before);
        File.WriteAllText(Path.Combine(corpus.Path, "x.txt"), "A Headline Of Zeppelins\nA body sentence about consent. Another one about approval and zeppelins.");
        await Until(() => Text((stdout, printed)).Contains("x.txt changed: rewrote"), watch, (stderr, errors));
        var line = Text((stdout, printed)).Split('\n').Single(l => l.StartsWith("x.txt changed", StringComparison.Ordinal));
        Assert.Contains(Path.Combine("notebooks", "01-corpus.ipynb"), line);
        Assert.Contains(Path.Combine("site", "01-corpus.html"), line);
        Assert.Contains("Zeppelins", File.ReadAllText(corpusNotebook));

        File.WriteAllText(Path.Combine(corpus.Path, "y.txt"), "Second Story\nOfficials want Russian consent before troops move.");
        await Until(() => Text((stdout, printed)).Contains("y.txt changed: no notebook or page changed"), watch, (stderr, errors));

        stop.Cancel();
        Assert.Equal(0, await watch.WaitAsync(Patience));
        Assert.Empty(Directory.GetFiles(output.Path, "*.tmp", SearchOption.AllDirectories));
    }

    // TextWriter.Synchronized's writer locks on itself, so reading under the same lock never meets half a write.
    private static string Text((TextWriter Synchronized, StringWriter Inner) writer)
    {
        lock (writer.Synchronized) return writer.Inner.ToString();
    }

    private static async Task Until(Func<bool> condition, Task<int> watch, (TextWriter, StringWriter) stderr)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (watch.IsCompleted) Assert.Fail($"watch ended early with {await watch}: {Text(stderr)}");
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out; stderr: {Text(stderr)}");
            await Task.Delay(100);
        }
    }
}
