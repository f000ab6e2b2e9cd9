using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Rhetoric;

/// <summary>
/// The rhetoric family, reached as <c>wb.Rhetoric</c>: how each text speaks — its quotations (reported speech against
/// terms held at a distance), its stance and engagement markers, and their rates in the author's own voice. Charts
/// live in <c>Workbook.Rhetoric.Charts</c> and take these results.
/// </summary>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// wb.Rhetoric.Rates()                                    // hedges, boosters, … per 1,000 words of the author's own voice
/// wb.Rhetoric.Markers().Where(m =&gt; m.Category == StanceMarkerCategory.Hedge)   // each marker with its offsets
/// RhetoricCharts.Rates(wb.Rhetoric.Rates())              // the rates as a chart
/// </code>
/// </example>
public sealed class RhetoricFamily : IAnalysisFamily
{
    private readonly CorpusQuotations _quotations;
    private readonly Lazy<Table<StanceMarkerRow>> _markers;
    private readonly Lazy<Table<StanceRateRow>> _rates;
    private readonly Lazy<Table<GenreRow>> _genre;

    /// <summary>The family over the corpus of <paramref name="inputs"/> and its quotations, with the markers and cues of its resources.</summary>
    public RhetoricFamily(FamilyInputs inputs)
    {
        var (corpus, resources, quotations) = (inputs.Corpus, inputs.Resources, inputs.Quotations);
        _quotations = quotations;
        _markers = new(() => StanceMarkers.Find(corpus, resources.Markers, quotations).ToTable("marker"));
        _rates = new(() => StanceRates.Of(corpus, _markers.Value, quotations).ToTable("rate"));
        _genre = new(() => GenreSignal.Of(corpus, _markers.Value, _rates.Value, AttributedSentences.Of(corpus, resources.Cues), resources.Markers).ToTable("document"));
    }

    /// <summary>Every quotation of every document, with its kind.</summary>
    public Table<QuotationRow> Quotations() => _quotations.All.ToTable("quotation");

    /// <summary>Every stance and engagement marker, with whether it lies in a quotation.</summary>
    public Table<StanceMarkerRow> Markers() => _markers.Value;

    /// <summary>Each document's markers per 1,000 words of its author's own voice, by category.</summary>
    public Table<StanceRateRow> Rates() => _rates.Value;

    /// <summary>The signals that set opinion apart from reporting in each document, and the opinion index they add up to.</summary>
    public Table<GenreRow> Genre() => _genre.Value;
}
