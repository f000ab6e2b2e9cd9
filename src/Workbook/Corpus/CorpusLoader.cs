using System.Text;

namespace Workbook;

/// <summary>Reads a corpus folder (its manifest and text files) into a <see cref="Corpus"/>. The only file reader of the library's corpus side.</summary>
public static class CorpusLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every document the manifest of <paramref name="folder"/> lists.</summary>
    /// <exception cref="CorpusException">A file is missing, unreadable or not UTF-8, or the manifest is malformed.</exception>
    public static Corpus Load(string folder)
    {
        var entries = Manifest.Read(folder);
        var sources = entries.Select(entry => (entry, text: ReadText(Path.Combine(folder, entry.File)))).ToList();
        return Corpus.FromTexts(sources);
    }

    /// <summary>Reads a file as strict UTF-8.</summary>
    public static string ReadText(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { throw new CorpusException(path, $"cannot be read ({e.Message})"); }
        catch (UnauthorizedAccessException e) { throw new CorpusException(path, $"cannot be read ({e.Message})"); }
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e) { throw new CorpusException(path, $"is not valid UTF-8 (byte {e.Index} of the file)"); }
    }
}
