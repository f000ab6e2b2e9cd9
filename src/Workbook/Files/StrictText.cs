using System.Text;

namespace Workbook.Files;

/// <summary>
/// Reads input files as text without guessing silently: a byte-order mark selects UTF-8 or UTF-16 (and is not part
/// of the text); without one the file must be valid UTF-8. Anything else is an error that names the file, the byte
/// and the likely encoding, never a silent U+FFFD.
/// </summary>
internal static class StrictText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file at <paramref name="path"/>.</summary>
    /// <exception cref="CorpusException">The file cannot be read or is not text in UTF-8 or UTF-16 with a byte-order mark.</exception>
    public static string Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CorpusException(path, $"cannot be read ({e.Message})"); }
        return Decode(path, bytes);
    }

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/> (named in errors).</summary>
    public static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var (encoding, name, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)Utf8, "UTF-8", 3),
            [0xFF, 0xFE, ..] => (Utf16LittleEndian, "UTF-16 (little-endian)", 2),
            [0xFE, 0xFF, ..] => (Utf16BigEndian, "UTF-16 (big-endian)", 2),
            _ => (Utf8, "UTF-8", 0),
        };
        var body = bytes[skip..];
        string text;
        try { text = encoding.GetString(body); }
        catch (DecoderFallbackException e)
        {
            throw new CorpusException(path, $"is not valid {name} (byte {e.Index + skip} of the file){(skip == 0 ? Suggestion(body) : "")}");
        }
        if (skip == 0 && LooksLikeUtf16(body))
            throw new CorpusException(path, "looks like UTF-16 without a byte-order mark (every other byte is zero); save it as UTF-8");
        return text;
    }

    private static string Suggestion(ReadOnlySpan<byte> bytes) => LooksLikeUtf16(bytes)
        ? "; it looks like UTF-16 without a byte-order mark: save it as UTF-8"
        : "; it may be Windows-1252 or Latin-1: save it as UTF-8";

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4) return false;
        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) evenZeros++; else oddZeros++; }
        var half = bytes.Length / 2;
        return Math.Max(evenZeros, oddZeros) > half * 0.3 && Math.Min(evenZeros, oddZeros) < half * 0.05;
    }
}
