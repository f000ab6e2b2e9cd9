using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Tone;

/// <summary>The tone family, reached as <c>wb.Tone</c>: VADER's score of every sentence, and each document's tone from them.</summary>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// wb.Tone.Documents()                                                 // each document's mean compound score
/// wb.Tone.Sentences().Where(s =&gt; s.Compound &lt;= -0.5)                  // its most negative sentences, with offsets
/// ToneCharts.Sentences(wb.Tone.Sentences())                           // every sentence's score along its document
/// </code>
/// </example>
public sealed class ToneFamily : IAnalysisFamily
{
    /// <summary>VADER's threshold: a compound score at or beyond ±0.05 is positive or negative.</summary>
    public const double Threshold = 0.05;

    /// <summary>VADER's lexicon and its rules' data (npm package vader-sentiment, Apache-2.0); a corpus cannot change it.</summary>
    public static Lexicon<VaderLexicon> Sentiment { get; } = Lexicon<VaderLexicon>.LibraryOnly(
        "VADER sentiment", () => VaderLexicon.Parse(DataFiles.Read("vader_lexicon.txt"), DataFiles.Read("vaderSentiment.js")));

    private readonly Lazy<Table<ToneSentenceRow>> _sentences;

    /// <summary>The family over the corpus of <paramref name="inputs"/>, with the <see cref="Sentiment"/> lexicon of its resources.</summary>
    public ToneFamily(FamilyInputs inputs)
    {
        var (corpus, sentiment) = (inputs.Corpus, inputs.Resources.Lexicon(Sentiment));
        _sentences = new(() => corpus.Documents
            .SelectMany(d => d.Sentences.Select(s => new ToneSentenceRow(d.Id, s.Index, Vader.Score(s.Text, sentiment).Compound, s.Start, s.End, d.Text)))
            .ToTable("sentence"));
    }

    /// <summary>Every sentence's compound score, with its offsets.</summary>
    public Table<ToneSentenceRow> Sentences() => _sentences.Value;

    /// <summary>Each document's mean compound score and its shares of positive and negative sentences.</summary>
    public Table<ToneDocumentRow> Documents() => _sentences.Value.GroupBy(s => s.DocumentId).Select(g =>
    {
        var scores = g.Select(s => s.Compound).ToList();
        return new ToneDocumentRow(g.Key, scores.Count, scores.Average(),
            (double)scores.Count(c => c >= Threshold) / scores.Count, (double)scores.Count(c => c <= -Threshold) / scores.Count);
    }).ToTable("document");
}
