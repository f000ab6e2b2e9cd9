using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>A named set of documents compared as one side of an analysis, e.g. "op-ed" or "news" or "001, 002".</summary>
/// <param name="Label">How the group is named in tables and charts.</param>
/// <param name="Documents">Its documents, in corpus order.</param>
public sealed record DocumentGroup(string Label, IReadOnlyList<Document> Documents)
{
    private readonly HashSet<string> _ids = Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Ids of the documents.</summary>
    public IEnumerable<string> Ids => Documents.Select(d => d.Id);

    /// <summary>True when the document with id <paramref name="documentId"/> is in the group (a set look-up).</summary>
    public bool Contains(string documentId) => _ids.Contains(documentId);

    /// <summary>Groups are equal when they have the same label and the same documents list.</summary>
    public bool Equals(DocumentGroup? other) =>
        other is not null && Label == other.Label && ReferenceEquals(Documents, other.Documents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Label, Documents);

    /// <summary>Every document of <paramref name="corpus"/> whose kind is <paramref name="kind"/>, even when a document's id is that word too.</summary>
    public static DocumentGroup OfKind(Corpus corpus, string kind) => new(kind, corpus.Documents.Where(d => d.Kind == kind).ToList());

    /// <summary>Every document of <paramref name="corpus"/>, labelled "corpus".</summary>
    public static DocumentGroup All(Corpus corpus) => new("corpus", corpus.Documents);

    /// <summary>
    /// Selects documents by a comma-separated list of ids and kinds ("op-ed", "news", "001,002", "news,004").
    /// An item that is a document id selects that document; otherwise it selects every document of that kind.
    /// </summary>
    /// <exception cref="ArgumentException">An item matches no document, or nothing is selected.</exception>
    public static DocumentGroup Select(Corpus corpus, string selector)
    {
        var items = TextNormalizer.Nfc(selector).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0) throw new ArgumentException("an empty document selection");
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var matches = corpus.Contains(item) ? [item] : corpus.Documents.Where(d => d.Kind == item).Select(d => d.Id).ToList();
            if (matches.Count == 0)
                throw new ArgumentException($"\"{item}\" is neither a document id nor a kind (kinds: {string.Join(", ", corpus.Documents.Select(d => d.Kind).Distinct())})");
            chosen.UnionWith(matches);
        }
        return new DocumentGroup(string.Join(", ", items), corpus.Documents.Where(d => chosen.Contains(d.Id)).ToList());
    }

    /// <summary>Every document of <paramref name="corpus"/> not in this group.</summary>
    public DocumentGroup Rest(Corpus corpus)
    {
        return new DocumentGroup($"not {Label}", corpus.Documents.Where(d => !Contains(d.Id)).ToList());
    }
}
