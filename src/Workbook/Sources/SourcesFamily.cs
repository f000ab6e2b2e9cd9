using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Sources;

/// <summary>
/// The sources family, reached as <c>wb.Sources</c>: every quotation with its source as written, its speaker, whether
/// the source is named, and the outlet that relayed it; who each document quotes; and how much of each document is attributed.
/// </summary>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// wb.Sources.Quotes()                                       // every quotation, its speaker and outlet
/// wb.Sources.Who()                                          // who each document quotes, named or not
/// wb.Sources.Attributed()                                   // the share of each document's sentences that attribute
/// </code>
/// </example>
public sealed class SourcesFamily : IAnalysisFamily
{
    private readonly Lazy<Table<QuoteRow>> _quotes;
    private readonly Lazy<Table<AttributionShareRow>> _shares;

    /// <summary>The family over the corpus of <paramref name="inputs"/>, its resources and its quotations.</summary>
    public SourcesFamily(FamilyInputs inputs)
    {
        var (corpus, resources, quotations) = (inputs.Corpus, inputs.Resources, inputs.Quotations);
        _quotes = new(() => corpus.Documents
            .SelectMany(d => quotations.Attributed(d.Id)).Select(QuoteRow.Of).ToTable("quotation"));
        _shares = new(() => AttributedSentences.Of(corpus, resources.Cues).ToTable("document"));
    }

    /// <summary>Every quotation with its attribution; terms have none.</summary>
    public Table<QuoteRow> Quotes() => _quotes.Value;

    /// <summary>Who each document quotes: one row per document and speaker, most quoted first.</summary>
    public Table<SourceCountRow> Who() => _quotes.Value.Where(q => q.Kind == QuotationKind.Speech && q.Speaker.Length > 0)
        .GroupBy(q => (q.DocumentId, q.Speaker, q.Named))
        .Select(g => new SourceCountRow(g.Key.DocumentId, g.Key.Speaker, g.Key.Named, g.Count(), string.Join(", ", g.Select(q => q.Outlet).Where(o => o.Length > 0).Distinct())))
        .OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenByDescending(r => r.Quotes).ThenBy(r => r.Speaker, StringComparer.Ordinal)
        .ToTable("source");

    /// <summary>The share of each document's sentences that attribute what they say (a reporting or relay cue).</summary>
    public Table<AttributionShareRow> Attributed() => _shares.Value;
}
