using Workbook.Charts;

namespace Workbook;

/// <summary>
/// The workbook's entry point: a corpus opened for analysis. Notebook cells reach everything through one
/// instance, <c>var wb = CorpusWorkbook.Open("../seeds");</c>. Members return tables and figures; the
/// analyses behind them are pure functions over <see cref="Corpus"/>.
/// </summary>
public sealed class CorpusWorkbook
{
    /// <summary>A corpus's own topic synonyms file, replacing the built-in list.</summary>
    public const string SynonymsFileName = "synonyms.txt";

    private readonly Lazy<ClaimComparisonResult> _defaultComparison;

    private CorpusWorkbook(Corpus corpus, string? folder, IReadOnlyList<Claim> analystClaims, TopicSynonyms synonyms)
    {
        Corpus = corpus;
        Folder = folder;
        AnalystClaimList = analystClaims;
        Synonyms = synonyms;
        _defaultComparison = new(() => CompareClaims(ClaimsOpEd.Id, null));
    }

    /// <summary>
    /// Loads the corpus in <paramref name="folder"/> (its corpus.json, or every .txt file), and the analyst's
    /// claims.json and synonyms.txt when the folder has them.
    /// </summary>
    /// <exception cref="CorpusException">The folder, manifest, claim file or a text is bad; the message names it.</exception>
    public static CorpusWorkbook Open(string folder)
    {
        var corpus = CorpusLoader.Load(folder);
        var claimPath = Path.Combine(folder, ClaimFile.FileName);
        var claims = File.Exists(claimPath) ? ClaimFile.Parse(claimPath, CorpusLoader.ReadText(claimPath), corpus).Claims : [];
        var synonymsPath = Path.Combine(folder, SynonymsFileName);
        var synonyms = File.Exists(synonymsPath) ? TopicSynonyms.Parse(CorpusLoader.ReadText(synonymsPath)) : TopicSynonyms.Default;
        return new CorpusWorkbook(corpus, Path.GetFullPath(folder), claims, synonyms);
    }

    /// <summary>Wraps a corpus already loaded, optionally with analyst claims.</summary>
    public static CorpusWorkbook From(Corpus corpus, IReadOnlyList<Claim>? analystClaims = null) =>
        new(corpus, null, analystClaims ?? [], TopicSynonyms.Default);

    /// <summary>The corpus folder, when the workbook was opened from one.</summary>
    public string? Folder { get; }

    /// <summary>The analyst's claims from claims.json (empty without one).</summary>
    public IReadOnlyList<Claim> AnalystClaimList { get; }

    /// <summary>Topic synonyms used to expand claim queries.</summary>
    public TopicSynonyms Synonyms { get; }

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

    /// <summary>The op-ed whose claims are compared: the one claims.json names, else the first of <see cref="OpEd"/>.</summary>
    public Document ClaimsOpEd => AnalystClaimList.Count > 0 ? Corpus[AnalystClaimList[0].DocumentId] : OpEd.Documents[0];

    /// <summary>The analyst's claims, one row per span (empty without claims.json).</summary>
    public Table<ClaimRow> AnalystClaims => ClaimRows(AnalystClaimList);

    /// <summary>Claims found automatically in <see cref="ClaimsOpEd"/>, one row per span.</summary>
    public Table<ClaimRow> AutomaticClaims => ClaimRows(ClaimExtractor.Extract(Corpus, ClaimsOpEd, StanceLexicon.Default));

    /// <summary>
    /// Sets the claims of op-ed <paramref name="opEdId"/> (default <see cref="ClaimsOpEd"/>) against <paramref name="reports"/>
    /// (default <see cref="Reports"/> without the op-ed): the analyst's claims when claims.json is about that op-ed, else automatic ones.
    /// </summary>
    public ClaimComparisonResult CompareClaims(string? opEdId = null, DocumentGroup? reports = null)
    {
        if (opEdId is null && reports is null) return _defaultComparison.Value;
        var opEd = Corpus[opEdId ?? ClaimsOpEd.Id];
        var claims = AnalystClaimList.Count > 0 && AnalystClaimList[0].DocumentId == opEd.Id
            ? AnalystClaimList
            : ClaimExtractor.Extract(Corpus, opEd, StanceLexicon.Default);
        var against = reports ?? Reports;
        against = new DocumentGroup(against.Label, against.Documents.Where(d => d.Id != opEd.Id).ToList());
        if (against.Documents.Count == 0) throw new ArgumentException($"no report to compare op-ed {opEd.Id} with");
        return ClaimComparison.Compare(Corpus, claims, against, StanceLexicon.Default, Synonyms);
    }

    /// <summary>The relation of every report to every claim, with the cues that decided it.</summary>
    public Table<RelationRow> Relations => _defaultComparison.Value.Relations;

    /// <summary>The top <paramref name="top"/> evidence sentences of each report for <paramref name="claimId"/>.</summary>
    public Table<EvidenceRow> Evidence(string claimId, int top = 3) =>
        _defaultComparison.Value.Evidence.Where(e => e.ClaimId == claimId && e.Rank <= top);

    /// <summary>Claim × report chart coloured by relation.</summary>
    public Figure RelationChart() =>
        ClaimCharts.RelationMatrix(_defaultComparison.Value.Relations, _defaultComparison.Value.Claims, _defaultComparison.Value.ReportIds);

    /// <summary>A summary of the comparison, written from its results.</summary>
    public Display.MarkdownText ClaimSummary() => Workbook.ClaimSummary.Describe(_defaultComparison.Value);

    /// <summary>
    /// Evidence recall@3 and label accuracy of the comparison against a gold file (path relative to the corpus folder);
    /// empty when the file does not exist, as for a corpus nobody has judged.
    /// </summary>
    public Table<EvaluationScore> ClaimScores(string goldPath)
    {
        if (Evaluate(goldPath) is not { } evaluation) return new Table<EvaluationScore>("measure", []);
        var judged = evaluation.Rows;
        return new Table<EvaluationScore>("measure",
        [
            new("evidence recall@3", evaluation.EvidenceRecallAtThree, judged.Count(r => r.GoldEvidence.Count > 0)),
            new("label accuracy", evaluation.LabelAccuracy, judged.Count),
        ]);
    }

    /// <summary>Every judged pair with the gold and predicted relation and evidence (empty without the gold file).</summary>
    public Table<EvaluationRow> ClaimJudgements(string goldPath) => Evaluate(goldPath)?.Rows ?? new Table<EvaluationRow>("judged pair", []);

    private ClaimEvaluation? Evaluate(string goldPath)
    {
        var path = Path.GetFullPath(Path.Combine(Folder ?? Directory.GetCurrentDirectory(), goldPath));
        return File.Exists(path) ? ClaimEvaluation.Score(_defaultComparison.Value, ClaimGold.Parse(path, CorpusLoader.ReadText(path), Corpus)) : null;
    }

    private Table<ClaimRow> ClaimRows(IReadOnlyList<Claim> claims) => claims
        .SelectMany(c => c.Spans.Select(s => new ClaimRow(c.Id, c.Statement, c.Source, c.DocumentId, s.Start, s.End, Corpus[c.DocumentId].Slice(s.Start, s.End))))
        .ToTable("claim span");

    /// <summary>Two-word collocations in <paramref name="group"/> (default: the whole corpus) seen at least <paramref name="minCount"/> times.</summary>
    public Table<CollocationRow> Collocations(DocumentGroup? group = null, int minCount = 2) =>
        Workbook.Collocations.Compute(Corpus, (group?.Documents ?? Corpus.Documents), minCount);
}
