using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Workbook.Charts;
using Workbook.Corpora;
using Workbook.Display;
using Workbook.Tables;
using Xunit.Abstractions;

namespace Workbook.Tests.Properties;

/// <summary>Properties of segmentation and escaping over 10,000 random and adversarial texts each.</summary>
public partial class SegmentationProperties(ITestOutputHelper output)
{
    private const int Cases = 10_000;

    private void Check(string name, Property property)
    {
        var clock = Stopwatch.StartNew();
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        output.WriteLine($"{name}: {Cases:N0} cases in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static Corpus Parse(string text) => Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null), text)]);

    [Fact]
    public void Segmentation_never_throws_and_offsets_round_trip() => Check("offsets", Prop.ForAll(AdversarialText.Texts, text =>
    {
        var document = Parse(text)["d"];
        foreach (var p in document.Paragraphs) if (text[p.Start..p.End] != p.Text) return false;
        foreach (var s in document.Sentences) if (text[s.Start..s.End] != s.Text) return false;
        foreach (var r in document.Removed) if (text[r.Start..r.End] != r.Text) return false;
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens.Starts[i] < 0 || tokens.Ends[i] > text.Length || tokens.Starts[i] >= tokens.Ends[i]) return false;
        return true;
    }));

    [Fact]
    public void Spans_nest_and_never_overlap() => Check("nesting", Prop.ForAll(AdversarialText.Texts, text =>
    {
        var document = Parse(text)["d"];
        var kept = document.Paragraphs.Select(p => (p.Start, p.End)).Concat(document.Removed.Select(r => (r.Start, r.End))).Order().ToList();
        if (!InOrder(kept)) return false;
        if (!InOrder(document.Sentences.Select(s => (s.Start, s.End)).ToList())) return false;
        if (document.Sentences.Any(s => document.Paragraphs[s.ParagraphIndex] is var p && (s.Start < p.Start || s.End > p.End))) return false;
        var t = document.Tokens;
        var spans = new List<(int, int)>();
        for (var i = 0; i < t.Count; i++)
        {
            var sentence = document.Sentences[t.Sentences[i]];
            if (t.Starts[i] < sentence.Start || t.Ends[i] > sentence.End) return false;
            spans.Add((t.Starts[i], t.Ends[i]));
        }
        return InOrder(spans);
    }));

    [Fact]
    public void Every_letter_and_digit_of_the_kept_text_is_in_a_token() => Check("coverage", Prop.ForAll(AdversarialText.Texts, text =>
    {
        var document = Parse(text)["d"];
        var covered = new bool[text.Length];
        var t = document.Tokens;
        for (var i = 0; i < t.Count; i++) for (var j = t.Starts[i]; j < t.Ends[i]; j++) covered[j] = true;
        foreach (var p in document.Paragraphs)
            for (var j = p.Start; j < p.End; j++)
                if (char.IsLetterOrDigit(text[j]) && !covered[j]) return false;
        return true;
    }));

    [Fact]
    public void Html_of_any_text_holds_no_live_markup() => Check("escaping", Prop.ForAll(AdversarialText.Texts, text =>
    {
        var table = new[] { new TextRow(text) }.ToTable("row");
        var html = TableHtml.Render(table);
        Assert.All(Tags().Matches(html).Select(m => m.Value), tag => Assert.Matches(AllowedTags(), tag));
        var markdown = MarkdownHtml.Render(MarkdownEscape.Text(text));
        Assert.All(Tags().Matches(markdown).Select(m => m.Value), tag => Assert.Contains(tag, new[] { "<p>", "</p>" }));
        if (text.Trim().Length > 0 && !text.Any(char.IsControl))
            Assert.Equal(Flatten(text).Trim(' '), WebUtility.HtmlDecode(Tags().Replace(markdown, "")).Trim('\n', ' '));
        Assert.DoesNotContain('<', ChartText.Escape(text));
    }));

    private sealed record TextRow(string Text);

    private static string Flatten(string text) => new(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray());

    private static bool InOrder(IReadOnlyList<(int Start, int End)> spans)
    {
        for (var i = 1; i < spans.Count; i++) if (spans[i].Start < spans[i - 1].End) return false;
        return spans.All(s => s.Start <= s.End);
    }

    [GeneratedRegex("<[^>\"]*(?:\"[^\"]*\"[^>\"]*)*>")]
    private static partial Regex Tags();

    [GeneratedRegex("^</?(table|caption|thead|tbody|tr|th|td)( (class|style|title)=\"[^\"]*\")*>$")]
    private static partial Regex AllowedTags();
}
