using Workbook.Files;

namespace Workbook.Corpora;

/// <summary>
/// A lexicon an analysis family declares: how the library's own data is read (once per process), and the file by which a
/// corpus replaces or extends it. <see cref="CorpusResources.Lexicon{T}"/> reads it for a corpus, once, so families
/// never read files and a new lexicon needs no edit outside its family.
/// </summary>
/// <typeparam name="T">What the lexicon is read into.</typeparam>
/// <remarks>
/// A family declares each lexicon only it reads as a static property of its facade (for example
/// <c>FramesFamily.FrameCues</c>), and its constructor asks the corpus's resources for it; lexicons several families read
/// are declared in <see cref="SharedLexicons"/>.
/// </remarks>
/// <example>
/// In a notebook, after the setup cell opens the corpus as <c>wb</c>:
/// <code>
/// wb.Resources.Lexicon(SharedLexicons.StopWords)            // the stop list this corpus reads
/// SharedLexicons.StopWords.CorpusFileName                   // "stopwords.txt", the corpus file that would replace it
/// </code>
/// </example>
public sealed class Lexicon<T> : ILexicon where T : class
{
    private readonly Lazy<T> _library;
    private readonly Func<string, T>? _parse;
    private readonly Func<T, T, T>? _extend;

    private Lexicon(string name, Func<T> library, string? corpusFileName, LexiconOverlay overlay, Func<string, T>? parse, Func<T, T, T>? extend)
    {
        Name = name;
        _library = new(library);
        CorpusFileName = corpusFileName;
        Overlay = overlay;
        _parse = parse;
        _extend = extend;
    }

    /// <summary>A lexicon the library ships and no corpus changes.</summary>
    /// <param name="name">What it is, in a few words.</param>
    /// <param name="library">Reads the library's data; called once, when a corpus first needs it.</param>
    public static Lexicon<T> LibraryOnly(string name, Func<T> library) => new(name, library, null, LexiconOverlay.None, null, null);

    /// <summary>A lexicon whose corpus file, when present, is used instead of the library's.</summary>
    /// <param name="name">What it is, in a few words.</param>
    /// <param name="corpusFileName">The file in a corpus folder.</param>
    /// <param name="parse">Reads that file's text; throws <see cref="FormatException"/> naming the line at fault.</param>
    /// <param name="library">Reads the library's data (or gives an empty lexicon); called once, when a corpus first needs it.</param>
    public static Lexicon<T> ReplacedBy(string name, string corpusFileName, Func<string, T> parse, Func<T> library) =>
        new(name, library, corpusFileName, LexiconOverlay.Replaces, parse, null);

    /// <summary>A lexicon whose corpus file, when present, is laid over the library's.</summary>
    /// <param name="name">What it is, in a few words.</param>
    /// <param name="corpusFileName">The file in a corpus folder.</param>
    /// <param name="parse">Reads that file's text; throws <see cref="FormatException"/> naming the line at fault.</param>
    /// <param name="library">Reads the library's data; called once, when a corpus first needs it.</param>
    /// <param name="extend">Lays the corpus's lexicon (second) over the library's (first).</param>
    public static Lexicon<T> ExtendedBy(string name, string corpusFileName, Func<string, T> parse, Func<T> library, Func<T, T, T> extend) =>
        new(name, library, corpusFileName, LexiconOverlay.Extends, parse, extend);

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? CorpusFileName { get; }

    /// <inheritdoc/>
    public LexiconOverlay Overlay { get; }

    /// <summary>The library's own lexicon, read once per process.</summary>
    public T Library => _library.Value;

    /// <summary>The lexicon for a corpus whose file for it is <paramref name="file"/> (null: the corpus has none).</summary>
    /// <exception cref="CorpusException">The file is not in the lexicon's format; the message names it and the line.</exception>
    internal T For(AnalystFile? file)
    {
        if (file is null || _parse is null) return Library;
        T own;
        try { own = _parse(file.Text); }
        catch (FormatException e) { throw new CorpusException(file.Path, e.Message); }
        return _extend is null ? own : _extend(Library, own);
    }
}
