using System.Text;

namespace Workbook.Notebooks;

/// <summary>
/// One page of the HTML site, kept in three parts so that the megabytes of an inlined script are written from the one
/// string all pages share, never copied into each page.
/// </summary>
/// <param name="FileName">Its name in the site folder, e.g. <c>02-vocabulary.html</c>.</param>
/// <param name="Head">The page up to the inlined script.</param>
/// <param name="Script">The inlined script's text, already escaped for a script element; empty when none.</param>
/// <param name="Rest">The page after the script.</param>
public sealed record SitePage(string FileName, string Head, string Script, string Rest)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The whole page.</summary>
    public string Html => string.Concat(Head, Script, Rest);

    /// <summary>The whole page as UTF-8, without a byte order mark.</summary>
    public byte[] Utf8Bytes()
    {
        var bytes = new byte[Utf8.GetByteCount(Head) + Utf8.GetByteCount(Script) + Utf8.GetByteCount(Rest)];
        var written = Utf8.GetBytes(Head, bytes);
        written += Utf8.GetBytes(Script, bytes.AsSpan(written));
        Utf8.GetBytes(Rest, bytes.AsSpan(written));
        return bytes;
    }

    /// <summary>Writes the page to <paramref name="path"/> as UTF-8 without a byte order mark, replacing any file there.</summary>
    public void WriteTo(string path)
    {
        using var writer = new StreamWriter(path, append: false, Utf8);
        writer.Write(Head);
        writer.Write(Script);
        writer.Write(Rest);
    }
}
