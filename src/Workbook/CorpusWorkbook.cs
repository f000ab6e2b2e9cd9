using Workbook.Charts;

namespace Workbook;

/// <summary>
/// The workbook's entry point: a corpus opened for analysis. Notebook cells reach everything through one
/// instance, <c>var wb = CorpusWorkbook.Open("../seeds");</c>. Members return tables and figures; the
/// analyses behind them are pure functions over <see cref="Corpus"/>.
/// </summary>
public sealed class CorpusWorkbook
{
    private CorpusWorkbook(Corpus corpus) => Corpus = corpus;

    /// <summary>Loads the corpus in <paramref name="folder"/> (its corpus.json, or every .txt file).</summary>
    /// <exception cref="CorpusException">The folder, manifest or a file is bad; the message names it.</exception>
    public static CorpusWorkbook Open(string folder) => new(CorpusLoader.Load(folder));

    /// <summary>Wraps a corpus already loaded.</summary>
    public static CorpusWorkbook From(Corpus corpus) => new(corpus);

    /// <summary>The loaded corpus.</summary>
    public Corpus Corpus { get; }

    /// <summary>One row per document: kind, size, reading time, Flesch reading ease.</summary>
    public Table<DocumentRow> Documents => Corpus.DocumentTable;

    /// <summary>Every kept paragraph with its role and offsets.</summary>
    public Table<ParagraphRow> Paragraphs => Corpus.Paragraphs;

    /// <summary>Every sentence with its offsets.</summary>
    public Table<SentenceRow> Sentences => Corpus.Sentences;

    /// <summary>Every token with its offsets and norm.</summary>
    public Table<TokenRow> Tokens => Corpus.Tokens;

    /// <summary>Every line cleaning removed, with the reason.</summary>
    public Table<CleaningRow> Cleaning => Corpus.Cleaning;

    /// <summary>Words per document, coloured by kind.</summary>
    public Figure DocumentLengthChart() => CorpusCharts.DocumentLength(Documents);

    /// <summary>The documents of kind "op-ed"; in a corpus without any, the first document.</summary>
    public DocumentGroup OpEd => Corpus.Documents.Any(d => d.Kind == "op-ed")
        ? DocumentGroup.Select(Corpus, "op-ed")
        : DocumentGroup.Select(Corpus, Corpus.Documents[0].Id);

    /// <summary>The documents of kind "news"; in a corpus without any, every document not in <see cref="OpEd"/>.</summary>
    public DocumentGroup Reports => Corpus.Documents.Any(d => d.Kind == "news")
        ? DocumentGroup.Select(Corpus, "news")
        : OpEd.Rest(Corpus);

    /// <summary>Documents chosen by ids and kinds, e.g. "news" or "001,002" (see <see cref="DocumentGroup.Select"/>).</summary>
    public DocumentGroup Group(string selector) => DocumentGroup.Select(Corpus, selector);

    /// <summary>Term frequencies in <paramref name="group"/> (default: the whole corpus), stop words left out unless <paramref name="withoutStopWords"/> is false.</summary>
    public Table<TermFrequency> Frequencies(DocumentGroup? group = null, bool withoutStopWords = true) =>
        Workbook.Frequencies.Of(Corpus, group ?? new DocumentGroup("corpus", Corpus.Documents), withoutStopWords);

    /// <summary>Term frequencies in each document.</summary>
    public Table<TermFrequency> FrequenciesByDocument(bool withoutStopWords = true) => Workbook.Frequencies.PerDocument(Corpus, withoutStopWords);

    /// <summary>Keyness of <paramref name="target"/> against <paramref name="reference"/>: G², χ², Log Ratio and p per term, most target-typical first.</summary>
    public Table<KeynessRow> Keyness(DocumentGroup target, DocumentGroup reference, int minCount = 2) =>
        Workbook.Keyness.Compute(Corpus, target, reference, minCount);

    /// <summary>Two-sided keyness bars, <paramref name="perSide"/> terms a side, stop words left out.</summary>
    public Figure KeynessChart(DocumentGroup target, DocumentGroup reference, int perSide = 15) =>
        VocabularyCharts.KeynessBars(Workbook.Keyness.Compute(Corpus, target, reference, 2, withoutStopWords: true), target.Label, reference.Label, perSide);

    /// <summary>scattertext's scaled F-score per term, stop words left out.</summary>
    public Table<ScaledFScoreRow> ScaledFScores(DocumentGroup target, DocumentGroup reference) => ScaledFScore.Compute(Corpus, target, reference);

    /// <summary>scattertext-style chart of every term, the <paramref name="labels"/> strongest named.</summary>
    public Figure TermScatterChart(DocumentGroup target, DocumentGroup reference, int labels = 20) =>
        VocabularyCharts.TermScatter(TermScatter.Compute(Corpus, target, reference), target.Label, reference.Label, labels);

    /// <summary>Keyword in context: every match of <paramref name="pattern"/> ("consen* | veto") with <paramref name="window"/> tokens either side.</summary>
    public Table<KwicRow> Kwic(string pattern, int window = 5) => Workbook.Kwic.Find(Corpus, Corpus.Documents, TermPattern.Parse(pattern), window);

    /// <summary>Where each pattern occurs along each document.</summary>
    public Table<DispersionPoint> Dispersion(params string[] patterns) => Workbook.Dispersion.Compute(Corpus, patterns.Select(TermPattern.Parse).ToList());

    /// <summary>Lexical dispersion chart of the patterns over every document.</summary>
    public Figure DispersionChart(params string[] patterns) =>
        VocabularyCharts.Dispersion(Dispersion(patterns), patterns.Select(p => TermPattern.Parse(p).Text).ToList(), Corpus.Documents.Select(d => d.Id).ToList());

    /// <summary>TF-IDF cosine similarity of every pair of documents.</summary>
    public Table<SimilarityRow> Similarity() => Workbook.Similarity.Compute(Corpus);

    /// <summary>How similar every other document is to <paramref name="documentId"/>, closest first.</summary>
    public Table<SimilarityRow> ClosestTo(string documentId) =>
        Similarity().Where(r => r.DocumentA == Corpus[documentId].Id && r.DocumentB != documentId).OrderByDescending(r => r.Cosine).ToTable("document");

    /// <summary>Heatmap of <see cref="Similarity"/>.</summary>
    public Figure SimilarityHeatmap() => VocabularyCharts.SimilarityHeatmap(Similarity(), Corpus.Documents.Select(d => d.Id).ToList());

    /// <summary>Two-word collocations in <paramref name="group"/> (default: the whole corpus) seen at least <paramref name="minCount"/> times.</summary>
    public Table<CollocationRow> Collocations(DocumentGroup? group = null, int minCount = 2) =>
        Workbook.Collocations.Compute(Corpus, (group?.Documents ?? Corpus.Documents), minCount);
}
