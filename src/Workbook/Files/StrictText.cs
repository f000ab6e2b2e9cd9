using System.Text;

namespace Workbook.Files;

/// <summary>Reads input files as strict UTF-8: a byte that is not UTF-8 is an error naming the file, never a silent U+FFFD.</summary>
public static class StrictText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file at <paramref name="path"/>, without a leading byte order mark.</summary>
    /// <exception cref="CorpusException">The file cannot be read or is not valid UTF-8.</exception>
    public static string Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CorpusException(path, $"cannot be read ({e.Message})"); }
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e) { throw new CorpusException(path, $"is not valid UTF-8 (byte {e.Index} of the file)"); }
    }
}
