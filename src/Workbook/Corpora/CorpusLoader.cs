using Workbook.Files;

namespace Workbook.Corpora;

/// <summary>Loads a corpus folder: its manifest (or every .txt file) and each text, read as strict UTF-8.</summary>
public static class CorpusLoader
{
    /// <summary>Loads the corpus in <paramref name="folder"/>.</summary>
    /// <exception cref="CorpusException">The folder, its manifest or a text is bad; the message names the file.</exception>
    public static Corpus Load(string folder) => Load(folder, Manifest.Read(folder));

    /// <summary>Loads the documents <paramref name="manifest"/> lists from <paramref name="folder"/>.</summary>
    public static Corpus Load(string folder, CorpusManifest manifest) =>
        Corpus.FromTexts(manifest.Documents.Select(entry => (entry, StrictText.Read(Path.Combine(folder, entry.File)))).ToList());
}
