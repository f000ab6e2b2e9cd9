using System.Reflection;
using System.Runtime.ExceptionServices;
using Workbook.Actors;
using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Files;
using Workbook.Frames;
using Workbook.Rhetoric;
using Workbook.Sources;
using Workbook.Tables;
using Workbook.Tone;
using Workbook.Vocabulary;

namespace Workbook;

/// <summary>
/// The workbook's entry point: a corpus opened for analysis, with its tables, its document groups and one facade
/// per analysis family. Notebook cells reach everything through one instance, <c>var wb = CorpusWorkbook.Open("../seeds");</c>
/// then <c>wb.Documents</c>, <c>wb.Vocabulary.Keyness(wb.OpEd, wb.Reports)</c>, <c>wb.Claims.Compare()</c>.
/// </summary>
public sealed class CorpusWorkbook
{
    private CorpusWorkbook(Corpus corpus, CorpusResources resources, string? folder)
    {
        Corpus = corpus;
        Resources = resources;
        Folder = folder;
        OpEd = corpus.Documents.Any(d => d.Kind == OpEdKind) ? DocumentGroup.OfKind(corpus, OpEdKind) : Group(corpus.Documents[0].Id);
        Reports = corpus.Documents.Any(d => d.Kind == ReportKind) ? DocumentGroup.OfKind(corpus, ReportKind) : OpEd.Rest(corpus);
        var inputs = new FamilyInputs(corpus, resources, new CorpusQuotations(corpus, resources.Cues), OpEd, Reports);
        _families = FamilyProperties.ToDictionary(p => p.PropertyType, p => Made(p.PropertyType, inputs));
    }

    private readonly Dictionary<Type, IAnalysisFamily> _families;

    /// <summary>The kind that marks op-eds in a manifest.</summary>
    public const string OpEdKind = "op-ed";
    /// <summary>The kind that marks news reports in a manifest.</summary>
    public const string ReportKind = "news";

    /// <summary>Loads the corpus in <paramref name="folder"/> and the analyst's files beside it (claims, cues, synonyms, stop list, gold), within the limits of <paramref name="settings"/>.</summary>
    /// <exception cref="CorpusException">The folder, manifest, an analyst file or a text is bad; the message names it.</exception>
    public static CorpusWorkbook Open(string folder, LoadSettings? settings = null)
    {
        var manifest = Manifest.Read(folder, settings);
        return new CorpusWorkbook(CorpusLoader.Load(folder, manifest, settings), CorpusResources.Load(folder, manifest, settings), Path.GetFullPath(folder));
    }

    /// <summary>Wraps a corpus already loaded, with the given resources (default: the library's general ones).</summary>
    public static CorpusWorkbook From(Corpus corpus, CorpusResources? resources = null) => new(corpus, resources ?? CorpusResources.General, null);

    /// <summary>The corpus folder, when the workbook was opened from one.</summary>
    public string? Folder { get; }
    /// <summary>The loaded corpus.</summary>
    public Corpus Corpus { get; }
    /// <summary>The lexicons and analyst files the analyses use.</summary>
    public CorpusResources Resources { get; }

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

    /// <summary>The documents of kind "op-ed"; in a corpus without any, the first document.</summary>
    public DocumentGroup OpEd { get; }

    /// <summary>The documents of kind "news"; in a corpus without any, every document not in <see cref="OpEd"/>.</summary>
    public DocumentGroup Reports { get; }

    /// <summary>Documents chosen by ids and kinds, e.g. "news" or "001,002" (see <see cref="DocumentGroup.Select"/>).</summary>
    public DocumentGroup Group(string selector) => DocumentGroup.Select(Corpus, selector);

    /// <summary>Frequencies, keyness, scaled F-scores, KWIC, dispersion, similarity, collocations.</summary>
    public VocabularyFamily Vocabulary => Family<VocabularyFamily>();
    /// <summary>How each text speaks: quotations, stance and engagement markers, their rates in the author's voice.</summary>
    public RhetoricFamily Rhetoric => Family<RhetoricFamily>();
    /// <summary>Who speaks: quotations with their sources, named or not, and the outlets that relayed them.</summary>
    public SourcesFamily Sources => Family<SourcesFamily>();
    /// <summary>Who is named: people, states, organisations and outlets, aliases folded.</summary>
    public ActorsFamily Actors => Family<ActorsFamily>();
    /// <summary>Frames: the general dimensions of policy news and the corpus's own topic frames, by sentence.</summary>
    public FramesFamily Frames => Family<FramesFamily>();
    /// <summary>Tone: VADER's score of every sentence and each document's tone.</summary>
    public ToneFamily Tone => Family<ToneFamily>();
    /// <summary>The op-ed's claims against the reports' evidence.</summary>
    public ClaimsFamily Claims => Family<ClaimsFamily>();

    /// <summary>
    /// The properties above whose type is an <see cref="IAnalysisFamily"/>, in the order they are declared: the order the
    /// families are made in, of the setup cell's imports and of export's files. Declaring such a property, as
    /// <c>public XFamily X => Family&lt;XFamily&gt;();</c>, is all that makes a family known.
    /// </summary>
    public static IReadOnlyList<PropertyInfo> FamilyProperties { get; } = typeof(CorpusWorkbook).GetProperties()
        .Where(p => typeof(IAnalysisFamily).IsAssignableFrom(p.PropertyType)).OrderBy(p => p.MetadataToken).ToList();

    /// <summary>This workbook's family facades, in the order of <see cref="FamilyProperties"/>.</summary>
    public IReadOnlyList<IAnalysisFamily> Families => FamilyProperties.Select(p => _families[p.PropertyType]).ToList();

    private T Family<T>() where T : IAnalysisFamily => (T)_families[typeof(T)];

    /// <summary>
    /// A family made when the workbook opens, in declaration order, by its constructor from <see cref="FamilyInputs"/> with
    /// any further parameter at its default; the family's own exception (a bad analyst file) comes out unwrapped.
    /// </summary>
    private static IAnalysisFamily Made(Type family, FamilyInputs inputs)
    {
        var constructor = family.GetConstructors().Single(c => c.GetParameters() is [var first, ..] && first.ParameterType == typeof(FamilyInputs));
        try { return (IAnalysisFamily)constructor.Invoke([inputs, .. constructor.GetParameters().Skip(1).Select(p => p.DefaultValue)]); }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }
}
