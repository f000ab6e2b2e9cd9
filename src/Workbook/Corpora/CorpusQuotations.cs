using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// The quotations of every document of a corpus, found once (by <see cref="Quotations"/>), and their attributions, each
/// document's worked out once when first asked (by <see cref="Attribution"/>): shared by every family that asks.
/// </summary>
public sealed class CorpusQuotations
{
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<QuotationRow>>> _byDocument;
    private readonly IReadOnlyDictionary<string, Lazy<IReadOnlyList<AttributedQuotation>>> _attributed;

    /// <summary>The quotations of <paramref name="corpus"/>, told apart as speech or terms, and attributed, with the reporting and source cues of <paramref name="cues"/>.</summary>
    public CorpusQuotations(Corpus corpus, CueLexicon cues)
    {
        _byDocument = new(() => corpus.Documents.ToDictionary(d => d.Id, d => Quotations.Of(d, cues.Index(CueSection.Reporting), corpus), StringComparer.Ordinal));
        _attributed = corpus.Documents.ToDictionary(d => d.Id, d => new Lazy<IReadOnlyList<AttributedQuotation>>(() => Attribution.Of(corpus, d, Of(d.Id), cues)), StringComparer.Ordinal);
    }

    /// <summary>The quotations of document <paramref name="documentId"/> with their sources, in text order.</summary>
    public IReadOnlyList<AttributedQuotation> Attributed(string documentId) => _attributed[documentId].Value;

    /// <summary>The quotations of document <paramref name="documentId"/>, in text order.</summary>
    public IReadOnlyList<QuotationRow> Of(string documentId) => _byDocument.Value[documentId];

    /// <summary>The quotation of document <paramref name="documentId"/> whose quoted words hold <paramref name="offset"/>, or null.</summary>
    public QuotationRow? At(string documentId, int offset)
    {
        var quotations = Of(documentId);
        var (low, high) = (0, quotations.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var quotation = quotations[middle];
            if (offset < quotation.Start) high = middle - 1;
            else if (offset >= quotation.End) low = middle + 1;
            else return quotation;
        }
        return null;
    }

    /// <summary>True when <paramref name="offset"/> of document <paramref name="documentId"/> lies inside reported speech.</summary>
    public bool InSpeech(string documentId, int offset) => At(documentId, offset)?.Kind == QuotationKind.Speech;

    /// <summary>Every quotation, documents in corpus order.</summary>
    public IEnumerable<QuotationRow> All => _byDocument.Value.Values.SelectMany(q => q);
}
