using FsCheck;
using FsCheck.Fluent;

namespace Workbook.Tests.Properties;

/// <summary>
/// Random text built from the pieces scraped corpora are made of, and the ones that break naive code: words,
/// numbers and $-artifacts, punctuation and quotes, CR, LF and CRLF, blank lines, list markers, CJK with its own
/// sentence marks, emoji (surrogate pairs), lone surrogates, control characters, markup, and very long tokens.
/// </summary>
public static class AdversarialText
{
    private static readonly string[] Pieces =
    [
        "the", "Consent", "veto", "U.S.", "Mr.", "don't", "high-stakes", "5,000", "3.5", "$1962$", "$21$st", "Putin",
        " ", " ", " ", "  ", "\t", ".", ". ", "! ", "? ", "…", ",", ";", ":", "—", "–", "-", "\"", "“", "”", "'", "’", "(", ")", "[", "]",
        "\n", "\n", "\r\n", "\r", "\n\n", "* ", "- ", "1. ", "• ",
        "東京", "会議", "。", "！", "？", "「", "」", "\U0001F600", "\U0001F44D\U0001F3FD", "é", "e\u0301", "ß", "İ",
        "\0", "\u001B", "\u007F", "\u0085", "\u2028", "\uFEFF", "\u200B",
        "\uD800", "\uDC00",
        "<script>", "</p>", "&amp;", "[x](javascript:alert(1))", "<javascript:x>", "**", "`", "|",
        "Cookie settings", "Share on Facebook", "© 2024", "2 hours ago", "Recent News",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (20, Gen.Elements(Pieces)),
        (1, Gen.Choose(50, 400).Select(n => new string('x', n))),
        (1, Gen.Choose(1, 4).Select(n => string.Concat(Enumerable.Repeat("\U0001F389", n * 30)))));

    /// <summary>Texts of up to a few hundred pieces.</summary>
    public static Arbitrary<string> Texts { get; } = Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 3)).SelectMany(n => Gen.ArrayOf(Piece, n)))
        .Select(string.Concat)
        .ToArbitrary();
}
