using System.Runtime.ExceptionServices;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// A loaded corpus: its documents (raw text kept) and the tables built from them. Immutable once built.
/// </summary>
public sealed class Corpus
{
    private readonly Dictionary<string, Document> _byId;
    private readonly Lazy<Table<DocumentRow>> _documentTable;
    private readonly Lazy<string[]> _stems;

    private Corpus(IReadOnlyList<Document> documents, NormVocabulary vocabulary, IReadOnlyList<string> warnings)
    {
        Warnings = warnings;
        Documents = documents;
        Vocabulary = vocabulary;
        _byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _documentTable = new(() => new Table<DocumentRow>("document", documents.Select(DocumentStatistics.Describe).ToList()));
        _stems = new(() => Enumerable.Range(0, vocabulary.Count).Select(id => Stemmer.Stem(vocabulary[id])).ToArray());
    }

    /// <summary>
    /// Parses texts already read; each pair is the analyst's entry and the file's text. <paramref name="warnings"/> are
    /// what loading noticed; a warning is added for each text with control characters, which are read as spaces.
    /// Documents are parsed in parallel; the result, norm ids included, is the same as one thread's.
    /// </summary>
    public static Corpus FromTexts(IEnumerable<(ManifestEntry Entry, string Text)> sources, IEnumerable<string>? warnings = null)
    {
        var texts = sources.ToList();
        var provisional = new ConcurrentNormInterner();
        var parsed = new (Document Document, int Controls)[texts.Count];
        try
        {
            Parallel.For(0, texts.Count, i =>
            {
                var (entry, text) = texts[i];
                parsed[i] = (DocumentParser.Parse(entry, text, provisional), TextNormalizer.CountStrayControls(text));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        var vocabulary = new NormVocabulary();
        var ids = new int[provisional.Count];
        Array.Fill(ids, -1);
        var noticed = (warnings ?? []).ToList();
        foreach (var (document, controls) in parsed)
        {
            foreach (ref var norm in document.Tokens.WritableNorms)
            {
                if (ids[norm] < 0) ids[norm] = vocabulary.Append(provisional[norm]);
                norm = ids[norm];
            }
            if (controls > 0) noticed.Add($"{document.File}: {controls} control character{(controls == 1 ? "" : "s")} (such as NUL or ESC) read as spaces");
        }
        return new Corpus(parsed.Select(p => p.Document).ToList(), vocabulary, noticed);
    }

    /// <summary>What loading noticed but did not refuse: unknown manifest fields, control characters read as spaces.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Documents in manifest order.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Every distinct token norm, with its id.</summary>
    internal NormVocabulary Vocabulary { get; }

    /// <summary>The document with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No document has that id; the message lists the ids there are.</exception>
    public Document this[string id] => _byId.TryGetValue(id, out var d)
        ? d
        : throw new KeyNotFoundException($"no document with id \"{id}\" (ids: {string.Join(", ", _byId.Keys)})");

    /// <summary>The norms of every token of <paramref name="document"/>, in order.</summary>
    public IReadOnlyList<string> NormsOf(Document document)
    {
        var ids = document.Tokens.Norms;
        var norms = new string[ids.Length];
        for (var i = 0; i < norms.Length; i++) norms[i] = Vocabulary[ids[i]];
        return norms;
    }

    /// <summary>The stem of the norm with vocabulary id <paramref name="id"/>, each stemmed once per corpus.</summary>
    public string StemOf(int id) => _stems.Value[id];

    /// <summary>Every norm's stem, indexed by vocabulary id.</summary>
    internal IReadOnlyList<string> Stems => _stems.Value;

    /// <summary>True when a document has id <paramref name="id"/>.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>One row per document: size, reading time, readability.</summary>
    public Table<DocumentRow> DocumentTable => _documentTable.Value;

    /// <summary>Every kept paragraph.</summary>
    public Table<ParagraphRow> Paragraphs => new("paragraph", Documents.SelectMany(d => d.Paragraphs).ToList());

    /// <summary>Every sentence.</summary>
    public Table<SentenceRow> Sentences => new("sentence", Documents.SelectMany(d => d.Sentences).ToList());

    /// <summary>Every token, made on demand from the column store.</summary>
    public Table<TokenRow> Tokens => new("token", new TokenRowList(Documents, Vocabulary));

    /// <summary>Every line cleaning removed, with its reason.</summary>
    public Table<CleaningRow> Cleaning => new("removed line", Documents.SelectMany(d => d.Removed).ToList());
}
