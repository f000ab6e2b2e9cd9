using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Vocabulary;

/// <summary>
/// The vocabulary family, reached as <c>wb.Vocabulary</c>: frequencies, keyness, scaled F-scores, keyword in
/// context, dispersion, similarity and collocations over one corpus. Each member is a pure function of the corpus
/// and the corpus's stop list; charts live in <c>Workbook.Vocabulary.Charts</c> and take these results.
/// </summary>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// var keyness = wb.Vocabulary.Keyness(wb.OpEd, wb.Reports);   // G², χ², Log Ratio of the op-ed against the reports
/// keyness.Rows.Top(20)                                        // the table
/// VocabularyCharts.Keyness(keyness)                           // its chart
/// wb.Vocabulary.Kwic("power*", window: 6)                     // a pattern in context, with offsets
/// </code>
/// </example>
public sealed class VocabularyFamily : IAnalysisFamily
{
    private readonly Corpus _corpus;
    private readonly IReadOnlySet<string> _stopWords;
    /// <summary>The New Dale–Chall list of words familiar to American fourth-graders (npm package dale-chall, MIT); a corpus cannot change it.</summary>
    public static Lexicon<IReadOnlySet<string>> FamiliarWords { get; } = Lexicon<IReadOnlySet<string>>.LibraryOnly(
        "familiar words", () => FamiliarWordList.Parse(DataFiles.Read("dale-chall.js")));

    private readonly IReadOnlySet<string> _familiarWords;
    private readonly IReadOnlyList<string> _topicTerms;
    private readonly Lazy<SimilarityResult> _similarity;

    /// <summary>
    /// The family over the corpus of <paramref name="inputs"/>, leaving out its stop words where a member says so, with
    /// the New Dale–Chall familiar words and the analyst's topic terms (the single-word and wildcard topic cues).
    /// </summary>
    public VocabularyFamily(FamilyInputs inputs)
    {
        var (corpus, resources) = (inputs.Corpus, inputs.Resources);
        _corpus = corpus;
        _stopWords = resources.StopWords;
        _familiarWords = resources.Lexicon(FamiliarWords);
        _topicTerms = resources.Cues[CueSection.Topic].Select(c => c.Text).Where(t => !t.Contains('~')).ToList();
        _similarity = new(() => Vocabulary.Similarity.Compute(corpus, _stopWords));
    }

    /// <summary>Term frequencies in <paramref name="group"/> (default: the whole corpus), stop words left out unless <paramref name="withoutStopWords"/> is false.</summary>
    public Table<TermFrequency> Frequencies(DocumentGroup? group = null, bool withoutStopWords = true) =>
        Vocabulary.Frequencies.Of(_corpus, group ?? DocumentGroup.All(_corpus), LeaveOut(withoutStopWords));

    /// <summary>
    /// The terms worth exploring in <paramref name="target"/> against <paramref name="reference"/>, at most <paramref name="count"/>:
    /// the analyst's topic terms where the corpus names any, else the target's strongest keyness terms, else its most frequent words.
    /// </summary>
    public KeyTermsResult KeyTerms(DocumentGroup target, DocumentGroup reference, int count = 5) =>
        Vocabulary.KeyTerms.Choose(_corpus, target, reference, _topicTerms, _stopWords, count);

    /// <summary>Term frequencies in each document.</summary>
    public Table<TermFrequency> FrequenciesByDocument(bool withoutStopWords = true) => Vocabulary.Frequencies.PerDocument(_corpus, LeaveOut(withoutStopWords));

    /// <summary>
    /// Keyness of <paramref name="target"/> against <paramref name="reference"/>: G², χ², Log Ratio and p per term seen at
    /// least <paramref name="minCount"/> times, most target-typical first. Stop words count unless <paramref name="withoutStopWords"/>,
    /// because pronouns and modals are where a text's voice shows.
    /// </summary>
    public KeynessResult Keyness(DocumentGroup target, DocumentGroup reference, int minCount = 2, bool withoutStopWords = false) =>
        Vocabulary.Keyness.Compute(_corpus, target, reference, minCount, LeaveOut(withoutStopWords));

    /// <summary>scattertext's scaled F-score per term, stop words left out.</summary>
    public Table<ScaledFScoreRow> ScaledFScores(DocumentGroup target, DocumentGroup reference) => ScaledFScore.Compute(_corpus, target, reference, _stopWords);

    /// <summary>Every term placed by its frequency percentile in each group and coloured by scaled F-score, stop words left out.</summary>
    public TermScatterResult TermScatter(DocumentGroup target, DocumentGroup reference) => Vocabulary.TermScatter.Compute(_corpus, target, reference, _stopWords);

    /// <summary>
    /// Keyword in context: every match of <paramref name="pattern"/> ("regulat* | ban") with <paramref name="window"/>
    /// tokens either side. An empty pattern (the key terms of a corpus without words) matches nothing.
    /// </summary>
    public Table<KwicRow> Kwic(string pattern, int window = 5) => string.IsNullOrWhiteSpace(pattern)
        ? new Table<KwicRow>("match", [])
        : Vocabulary.Kwic.Find(_corpus, _corpus.Documents, TermPattern.Parse(pattern), window);

    /// <summary>Where each pattern occurs along each document.</summary>
    public DispersionResult Dispersion(params string[] patterns) => Vocabulary.Dispersion.Compute(_corpus, patterns.Select(TermPattern.Parse).ToList());

    /// <summary>TF-IDF cosine similarity of every pair of documents, stop words left out (computed once).</summary>
    public SimilarityResult Similarity() => _similarity.Value;

    /// <summary>Two-word collocations in <paramref name="group"/> (default: the whole corpus) seen at least <paramref name="minCount"/> times.</summary>
    public Table<CollocationRow> Collocations(DocumentGroup? group = null, int minCount = 2) =>
        Vocabulary.Collocations.Compute(_corpus, (group ?? DocumentGroup.All(_corpus)).Documents, minCount);

    /// <summary>Flesch reading ease and the New Dale–Chall score of each document.</summary>
    public Table<ReadabilityRow> Readability() => DaleChall.Of(_corpus, _familiarWords).ToTable("document");

    private IReadOnlySet<string>? LeaveOut(bool withoutStopWords) => withoutStopWords ? _stopWords : null;
}
