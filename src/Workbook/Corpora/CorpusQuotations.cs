using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>The quotations of every document of a corpus, found once (by <see cref="Quotations"/>) and shared by every family that asks.</summary>
public sealed class CorpusQuotations
{
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<QuotationRow>>> _byDocument;

    /// <summary>The quotations of <paramref name="corpus"/>, told apart as speech or terms with <paramref name="reportingVerbs"/>.</summary>
    public CorpusQuotations(Corpus corpus, IReadOnlyList<CuePattern> reportingVerbs) =>
        _byDocument = new(() => corpus.Documents.ToDictionary(d => d.Id, d => Quotations.Of(d, reportingVerbs, corpus), StringComparer.Ordinal));

    /// <summary>The quotations of document <paramref name="documentId"/>, in text order.</summary>
    public IReadOnlyList<QuotationRow> Of(string documentId) => _byDocument.Value[documentId];

    /// <summary>Every quotation, documents in corpus order.</summary>
    public IEnumerable<QuotationRow> All => _byDocument.Value.Values.SelectMany(q => q);
}
