using System.Diagnostics;
using System.Globalization;
using System.Text;
using Humanizer;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Files;
using Workbook.Text;

namespace Workbook.Cli;

/// <summary>
/// <c>workbook bench</c>: measures the corpus pipeline (cleaning, segmentation, tokenisation, interning) on the
/// corpus's texts repeated to a given size, with the tokenizer alone timed side by side in the same run, so the
/// figure to compare across machines is the ratio, not the seconds; then times each analysis once over the corpus as read.
/// </summary>
public static class BenchCommand
{
    private const int Rounds = 5;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout)
    {
        var megabytes = 10.8;
        if (arguments.Option("--megabytes") is { } text
            && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out megabytes) || !double.IsFinite(megabytes) || megabytes is <= 0 or > 1000))
            throw new UsageException($"--megabytes takes a number from 0 to 1000, not \"{TerminalText.Printable(text)}\"");
        var folder = CorpusOptions.Corpus(arguments, RepositoryLayout.Find());
        if (arguments.Option("--documents") is { } count)
        {
            if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var documents) || documents is < 2 or > 100_000)
                throw new UsageException($"--documents takes a whole number from 2 to 100000, not \"{TerminalText.Printable(count)}\"");
            RenderAgainstExport.Measure(folder, documents, stdout);
            return 0;
        }
        var entries = Manifest.Read(folder).Documents;
        var texts = entries.Select(e => (Entry: e, Text: StrictText.Read(Path.Combine(folder, e.File)))).ToList();
        var sources = new List<(ManifestEntry, string)>();
        long bytes = 0;
        for (var i = 0; bytes < megabytes * 1_000_000; i++)
        {
            var (entry, body) = texts[i % texts.Count];
            sources.Add((entry with { Id = $"{entry.Id}-{i}" }, body));
            bytes += Encoding.UTF8.GetByteCount(body);
        }
        stdout.WriteLine($"{bytes / 1e6:0.0} MB in {"document".ToQuantity(sources.Count, "N0")}, best of {Rounds} rounds:");
        long tokens = 0;
        var pipeline = Best(() => tokens = Corpus.FromTexts(sources).Documents.Sum(d => (long)d.Tokens.Count));
        var tokenizer = Best(() =>
        {
            long count = 0;
            foreach (var (_, body) in sources) Tokenizer.Tokenize(body, 0, body.Length, (_, _, _, _) => count++);
        });
        stdout.WriteLine($"  pipeline   {bytes / 1e6 / pipeline.TotalSeconds,8:0.0} MB/s {tokens / 1e6 / pipeline.TotalSeconds,8:0.00} M tokens/s");
        stdout.WriteLine($"  tokenizer  {bytes / 1e6 / tokenizer.TotalSeconds,8:0.0} MB/s");
        stdout.WriteLine($"  pipeline takes {pipeline / tokenizer:0.00}× the tokenizer's time");
        TimeAnalyses(CorpusWorkbook.Open(folder), stdout);
        return 0;
    }

    /// <summary>Each of export's analyses once over the corpus as read, in export's order, so the first to need a shared part pays for it.</summary>
    private static void TimeAnalyses(CorpusWorkbook wb, TextWriter stdout)
    {
        stdout.WriteLine($"each analysis once over the {"document".ToQuantity(wb.Corpus.Documents.Count, "N0")} as read, in export's order:");
        foreach (var (name, make, _) in ExportCommand.Analyses(wb, new ExportScope(wb.OpEd, wb.Reports), stdout))
        {
            var clock = Stopwatch.StartNew();
            make();
            stdout.WriteLine($"  {name,-16} {clock.Elapsed.TotalSeconds,6:0.00} s");
        }
    }

    private static TimeSpan Best(Action work)
    {
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            work();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return best;
    }
}
