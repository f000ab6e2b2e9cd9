using Workbook.Corpora;
using Workbook.Tables;

namespace Workbook.Actors;

/// <summary>
/// The actors family, reached as <c>wb.Actors</c>: every mention of a person, state, organisation or outlet with its
/// aliases folded, counts per document, and which actors are named together. Charts live in <c>Workbook.Actors.Charts</c>.
/// </summary>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// wb.Actors.Counts().Where(a =&gt; a.DocumentId == "001")   // who one document names, most often first
/// wb.Actors.CoOccurrence().Top(10)                          // actors named in the same sentence
/// ActorCharts.Mentions(wb.Actors.Counts())                  // actor × document
/// </code>
/// </example>
public sealed class ActorsFamily : IAnalysisFamily
{
    /// <summary>The gazetteer of states, organisations, outlets and titles, with the corpus's <c>actors.txt</c> laid over it.</summary>
    public static Lexicon<Gazetteer> Gazetteer { get; } = Lexicon<Gazetteer>.ExtendedBy(
        "actor gazetteer", "actors.txt", Actors.Gazetteer.Parse, () => Actors.Gazetteer.Parse(DataFiles.Read("actors.txt")), (library, own) => library.With(own));

    private readonly Lazy<Table<ActorMentionRow>> _mentions;

    /// <summary>The family over the corpus of <paramref name="inputs"/>, its <see cref="Gazetteer"/>, stop words and quotations.</summary>
    public ActorsFamily(FamilyInputs inputs)
    {
        var (corpus, gazetteer, stopWords, quotations) = (inputs.Corpus, inputs.Resources.Lexicon(Gazetteer), inputs.Resources.StopWords, inputs.Quotations);
        _mentions = new(() => ActorFinder.Find(corpus, gazetteer, quotations, stopWords).ToTable("mention"));
    }

    /// <summary>Every mention, with its offsets and whether it lies in a quotation.</summary>
    public Table<ActorMentionRow> Mentions() => _mentions.Value;

    /// <summary>Mentions per document and actor, most mentioned first within each document.</summary>
    public Table<ActorCountRow> Counts() => _mentions.Value
        .GroupBy(m => (m.DocumentId, m.Actor, m.Kind))
        .Select(g => new ActorCountRow(g.Key.DocumentId, g.Key.Actor, g.Key.Kind, g.Count()))
        .OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenByDescending(r => r.Mentions).ThenBy(r => r.Actor, StringComparer.Ordinal)
        .ToTable("actor count");

    /// <summary>Pairs of actors named in the same sentence, by how many sentences name both.</summary>
    public Table<ActorPairRow> CoOccurrence() => _mentions.Value
        .GroupBy(m => (m.DocumentId, m.SentenceIndex))
        .SelectMany(g =>
        {
            var actors = g.Select(m => m.Actor).Distinct().Order(StringComparer.Ordinal).ToList();
            return actors.SelectMany((a, i) => actors.Skip(i + 1).Select(b => (a, b)));
        })
        .GroupBy(p => p)
        .Select(g => new ActorPairRow(g.Key.a, g.Key.b, g.Count()))
        .OrderByDescending(r => r.Sentences).ThenBy(r => r.ActorA, StringComparer.Ordinal).ThenBy(r => r.ActorB, StringComparer.Ordinal)
        .ToTable("actor pair");
}
