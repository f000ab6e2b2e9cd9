using Workbook.Files;

namespace Workbook.Corpora;

/// <summary>Loads a corpus folder: its manifest (or every .txt file) and each text, read as strict UTF-8.</summary>
internal static class CorpusLoader
{
    /// <summary>Loads the corpus in <paramref name="folder"/>.</summary>
    /// <exception cref="CorpusException">The folder, its manifest or a text is bad; the message names the file.</exception>
    public static Corpus Load(string folder, LoadSettings? settings = null) => Load(folder, Manifest.Read(folder, settings), settings);

    /// <summary>Loads the documents <paramref name="manifest"/> lists from <paramref name="folder"/>, each checked by <see cref="CorpusFiles"/>.</summary>
    public static Corpus Load(string folder, CorpusManifest manifest, LoadSettings? settings = null) =>
        Corpus.FromTexts(manifest.Documents.Select(entry => (entry, CorpusFiles.Read(folder, entry.File, settings ?? LoadSettings.Default))).ToList(), manifest.Warnings);
}
