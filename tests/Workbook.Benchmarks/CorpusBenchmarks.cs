using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Workbook.Claims;
using Workbook.Corpora;

namespace Workbook.Benchmarks;

/// <summary>
/// The workbook's analyses on the State of the Union addresses (10.8 MB, 2.0 M tokens) and on them repeated ten
/// times, so the cost's growth shows beside the cost. Few iterations: each run is seconds long, and the figures are read
/// as ratios measured side by side in one run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CorpusBenchmarks
{
    private IReadOnlyList<(ManifestEntry Entry, string Text)> _texts = [];
    private CorpusWorkbook _wb = null!;
    private IReadOnlyList<Claim> _claims = [];

    /// <summary>How many times over the addresses are read.</summary>
    [Params(1, 10)]
    public int Times { get; set; }

    /// <summary>Reads the texts and builds the workbook the analyses run on.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = StateOfTheUnion.Texts(Times);
        _wb = CorpusWorkbook.From(Corpus.FromTexts(_texts));
        var last = _wb.Corpus.Documents[^1];
        _claims = _wb.Claims.Extract(last).Take(20).ToList();
    }

    /// <summary>Load, clean, segment and tokenize every address.</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline() => Corpus.FromTexts(_texts).Documents.Sum(d => d.Tokens.Count);

    /// <summary>Keyness of the last address against all the others.</summary>
    [Benchmark]
    public int KeynessOfOneSpeech()
    {
        var last = _wb.Corpus.Documents[^1];
        return _wb.Vocabulary.Keyness(new DocumentGroup(last.Id, [last]), new DocumentGroup("rest", _wb.Corpus.Documents.Where(d => d != last).ToList())).Rows.Count;
    }

    /// <summary>TF-IDF cosine similarity of every pair of addresses.</summary>
    [Benchmark]
    public int Similarity() => Workbook.Vocabulary.Similarity.Compute(_wb.Corpus, _wb.Resources.StopWords).Pairs().Count;

    /// <summary>Keywords in context for a glob.</summary>
    [Benchmark]
    public int KwicForAGlob() => _wb.Vocabulary.Kwic("freedom*").Count;

    /// <summary>Evidence for twenty claims of the last address over every sentence of the others.</summary>
    [Benchmark]
    public int EvidenceRetrieval()
    {
        var last = _wb.Corpus.Documents[^1];
        var others = new DocumentGroup("rest", _wb.Corpus.Documents.Where(d => d != last).ToList());
        var quotations = new CorpusQuotations(_wb.Corpus, _wb.Resources.Cues);
        return ClaimComparison.Compare(_wb.Corpus, _claims, others, quotations, _wb.Resources.Cues, _wb.Resources.Lexicon(ClaimsFamily.Synonyms), _wb.Resources.Lexicon(ClaimsFamily.WordNet),
            _wb.Resources.StopWords, ClaimSettings.Default).Evidence.Count;
    }
}
