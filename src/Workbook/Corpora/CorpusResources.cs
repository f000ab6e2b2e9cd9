using System.Collections.Concurrent;
using Workbook.Files;
using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>
/// Everything besides the texts that analyses need, each read once: the lexicons the families declare (the library's
/// own, replaced or extended by the corpus's files) and the analyst's other files. Families ask for what they declared in
/// their constructors and pass it to their analyses as arguments, so a bad file is reported when the corpus is opened.
/// </summary>
public sealed class CorpusResources
{
    private readonly string? _folder;
    private readonly LoadSettings _settings;
    private readonly ConcurrentDictionary<ILexicon, object> _lexicons;

    private CorpusResources(string? folder, LoadSettings settings, AnalystFile? gold, IEnumerable<KeyValuePair<ILexicon, object>> lexicons)
    {
        _folder = folder;
        _settings = settings;
        Gold = gold;
        _lexicons = new(lexicons);
        StopWords = Lexicon(SharedLexicons.StopWords);
        Cues = Lexicon(SharedLexicons.Cues);
        Markers = Lexicon(SharedLexicons.Markers);
    }

    /// <summary>The library's general resources alone, for a corpus without analyst files.</summary>
    public static CorpusResources General { get; } = new(null, LoadSettings.Default, null, []);

    /// <summary>Opens the analyst's files of <paramref name="folder"/> over <see cref="General"/>, reading the shared lexicons and the gold file now (the families read theirs when the workbook makes them).</summary>
    /// <exception cref="CorpusException">A file is not valid UTF-8 or not in its format; the message names it and the line.</exception>
    public static CorpusResources Load(string folder, CorpusManifest manifest, LoadSettings? settings = null)
    {
        settings ??= LoadSettings.Default;
        return new CorpusResources(folder, settings, Read(folder, manifest.GoldFile, settings), []);
    }

    /// <summary>The lexicon <paramref name="lexicon"/> declares, for this corpus: read on first request, then kept.</summary>
    /// <exception cref="CorpusException">The corpus's file for it is not valid UTF-8 or not in its format; the message names it and the line.</exception>
    public T Lexicon<T>(Lexicon<T> lexicon) where T : class =>
        (T)_lexicons.GetOrAdd(lexicon, _ => lexicon.For(AnalystFile(lexicon.CorpusFileName)));

    /// <summary>These resources with <paramref name="value"/> in place of the lexicon <paramref name="lexicon"/> declares (to try a lexicon of one's own).</summary>
    public CorpusResources With<T>(Lexicon<T> lexicon, T value) where T : class =>
        new(_folder, _settings, Gold, _lexicons.Where(pair => pair.Key != lexicon).Append(new(lexicon, value)));

    /// <summary>The analyst's file <paramref name="name"/> in the corpus folder, read as strict UTF-8; null when there is none (or no folder).</summary>
    /// <exception cref="CorpusException">The file is not valid UTF-8 or is too large; the message names it.</exception>
    public AnalystFile? AnalystFile(string? name) => _folder is null ? null : Read(_folder, name, _settings);

    /// <summary>The gold file that corpus.json declares, or null.</summary>
    public AnalystFile? Gold { get; }

    /// <summary>The stop list (<see cref="SharedLexicons.StopWords"/>), read when the resources are made: analyses consult it per word.</summary>
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>The discourse cues (<see cref="SharedLexicons.Cues"/>), read when the resources are made.</summary>
    public CueLexicon Cues { get; }

    /// <summary>The stance markers (<see cref="SharedLexicons.Markers"/>), read when the resources are made.</summary>
    public MarkerLexicon Markers { get; }

    private static AnalystFile? Read(string folder, string? name, LoadSettings settings) =>
        name is not null && (File.Exists(Path.Combine(folder, name)) || new FileInfo(Path.Combine(folder, name)).LinkTarget is not null)
            ? new AnalystFile(Path.Combine(folder, name), CorpusFiles.Read(folder, name, settings))
            : null;
}
