using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// The lexicons more than one analysis family reads, declared below the families so none refers to another. A lexicon only
/// one family reads is declared on that family's facade instead.
/// </summary>
public static class SharedLexicons
{
    /// <summary>The stop list: the corpus's <c>stopwords.txt</c>, else the library's English list.</summary>
    public static Lexicon<IReadOnlySet<string>> StopWords { get; } = Lexicon<IReadOnlySet<string>>.ReplacedBy(
        "stop words", "stopwords.txt", Text.StopWords.Parse, () => Text.StopWords.Parse(DataFiles.Read("stopwords-en.txt")));

    /// <summary>Discourse cues (attribution, negation, contrast, …): the library's general cues with the corpus's <c>cues.txt</c> laid over them.</summary>
    public static Lexicon<CueLexicon> Cues { get; } = Lexicon<CueLexicon>.ExtendedBy(
        "discourse cues", "cues.txt", CueLexicon.Parse, () => CueLexicon.Parse(DataFiles.Read("discourse-cues.txt")), (library, own) => library.With(own));

    /// <summary>Stance markers (hedges, boosters, attitude, self-mention, engagement): the corpus's <c>markers.txt</c>, else the library's.</summary>
    public static Lexicon<MarkerLexicon> Markers { get; } = Lexicon<MarkerLexicon>.ReplacedBy(
        "stance markers", "markers.txt", MarkerLexicon.Parse, () => MarkerLexicon.Parse(DataFiles.Read("stance-markers.txt")));
}
