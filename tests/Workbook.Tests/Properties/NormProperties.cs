using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Workbook.Text;
using Xunit.Abstractions;

namespace Workbook.Tests.Properties;

/// <summary>
/// A word has one norm however it was typed: precomposed (NFC) or decomposed (NFD), and with invisible format
/// characters (zero-width space, joiners, word joiner, byte-order mark, soft hyphen) inside it. 10,000 cases each.
/// </summary>
public class NormProperties(ITestOutputHelper output)
{
    private const int Cases = 10_000;

    private static readonly string[] Letters = ["a", "e", "é", "è", "ê", "ë", "ñ", "ç", "ö", "ü", "å", "ø", "ß", "İ", "ı", "Á", "Ç", "Ñ", "ώ", "ά", "Ω", "я", "й", "Ё", "ệ", "ữ", "ả", "한", "글", "ǆ", "ﬁ", "x", "z"];
    private static readonly string[] Between = [" ", "  ", ", ", ". ", "; ", " — ", "\n", " (", ") ", " “", "” ", "-", "'"];
    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u202E', '\u2066'];

    private static readonly Gen<string> Word = Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(Gen.Elements(Letters), n)).Select(string.Concat);

    private static readonly Gen<string> Texts = Gen.Choose(1, 30)
        .SelectMany(n => Gen.ArrayOf(Word.SelectMany(w => Gen.Elements(Between).Select(b => w + b)), n))
        .Select(string.Concat);

    /// <summary>A text and, for each position, the invisible character to insert there between two letters (or none).</summary>
    private static readonly Arbitrary<(string Text, int[] Insertions)> WithInsertions = Texts
        .SelectMany(t => Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, Invisible.Length - 1))), t.Length).Select(i => (t, i)))
        .ToArbitrary();

    private void Check(string name, Property property)
    {
        var clock = Stopwatch.StartNew();
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        output.WriteLine($"{name}: {Cases:N0} cases in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is > '~' or < ' ' ? $"\\u{(int)c:X4}" : c.ToString()));

    private static string Norms(string text) => string.Join('|', Tokenizer.Norms(text, wordsOnly: false));

    private static string Insert(string text, int[] insertions)
    {
        var built = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            built.Append(text[i]);
            var choice = insertions[i % insertions.Length];
            if (i + 1 < text.Length && choice >= 0 && char.IsLetter(text[i]) && char.IsLetter(text[i + 1])) built.Append(Invisible[choice]);
        }
        return built.ToString();
    }

    [Fact]
    public void Nfc_nfd_and_invisible_characters_inside_words_give_the_same_norms() => Check("norms", Prop.ForAll(WithInsertions, sample =>
    {
        var nfc = sample.Text.Normalize(NormalizationForm.FormC);
        var expected = Norms(nfc);
        var nfd = sample.Text.Normalize(NormalizationForm.FormD);
        foreach (var (form, text) in new[] { ("nfd", nfd), ("nfc+invisible", Insert(nfc, sample.Insertions)), ("nfd+invisible", Insert(nfd, sample.Insertions)) })
        {
            var norms = Norms(text);
            if (norms != expected) throw new Xunit.Sdk.XunitException($"{form}: {Escape(norms)} against {Escape(expected)}");
        }
        return TextNormalizer.Normalize(nfd) == TextNormalizer.Normalize(nfc);
    }));

    [Fact]
    public void A_word_with_invisible_characters_is_one_token_whose_offsets_cover_them()
    {
        var text = "z\u200Bero co\u00ADoperate caf\u0065\u0301 \u200Bend\uFEFF. high-\u200Bstakes \u0958";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["zero", "cooperate", "café", "end", ".", "high-stakes", "\u0915\u093C"], tokens.Select(t => t.Norm));
        Assert.Equal(["z\u200Bero", "co\u00ADoperate", "caf\u0065\u0301", "end", ".", "high-\u200Bstakes", "\u0958"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal("café", TextNormalizer.Normalize("CAFE\u0301"));
    }
}
