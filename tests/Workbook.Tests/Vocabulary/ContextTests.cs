using Workbook.Charts;
using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;
using Workbook.Vocabulary;
using Workbook.Vocabulary.Charts;

namespace Workbook.Tests.Vocabulary;

public class ContextTests
{
    private static readonly Corpus Corpus = Corpus.FromTexts(
    [
        (new ManifestEntry("a", "a.txt", null, "op-ed", null), "Moscow holds no veto. Waiting for “approval” is pointless; consent is irrelevant."),
        (new ManifestEntry("b", "b.txt", null, "news", null), "Troops would only go with Russian consent, officials said. Russian consent is key."),
    ]);

    [Theory]
    [InlineData("consen*", 3)]
    [InlineData("CONSENT | veto", 4)]
    [InlineData("russian consent", 2)]
    [InlineData("appro?al", 1)]
    [InlineData("nothing*", 0)]
    public void Patterns_match_words_globs_and_phrases(string pattern, int matches) =>
        Assert.Equal(matches, Kwic.Find(Corpus, Corpus.Documents, TermPattern.Parse(pattern)).Count);

    [Fact]
    public void Kwic_rows_carry_context_and_offsets_into_the_raw_text()
    {
        var rows = Kwic.Find(Corpus, Corpus.Documents, TermPattern.Parse("russian consent"), window: 3);
        var first = rows[0];
        Assert.Equal(("b", "only go with", "Russian consent", ", officials said"), (first.DocumentId, first.Left, first.Keyword, first.Right));
        Assert.Equal(first.Keyword, Corpus["b"].Slice(first.Start, first.End));
        var quoted = Kwic.Find(Corpus, Corpus.Documents, TermPattern.Parse("approval"), window: 2).Single();
        Assert.Equal(("for “", "approval", "” is"), (quoted.Left, quoted.Keyword, quoted.Right));
    }

    [Fact]
    public void Glob_semantics()
    {
        Assert.True(Glob.Matches("consen*", "consensus"));
        Assert.True(Glob.Matches("*ent", "consent"));
        Assert.False(Glob.Matches("consent", "consents"));
        Assert.True(Glob.Matches("c?nsent", "consent"));
        Assert.True(Glob.Matches("a*b*c", "axxbyyc"));
        Assert.False(Glob.Matches("a*b*c", "axxbyy"));
        Assert.Throws<ArgumentException>(() => TermPattern.Parse(" | "));
    }

    [Fact]
    public void Dispersion_places_matches_by_relative_position()
    {
        var result = Dispersion.Compute(Corpus, [TermPattern.Parse("veto"), TermPattern.Parse("consent")]);
        Assert.Equal(["veto", "consent"], result.Patterns);
        Assert.Equal(["a", "b"], result.DocumentIds);
        var points = result.Points;
        var veto = points.Single(p => p.Pattern == "veto");
        Assert.Equal(("a", 3), (veto.DocumentId, veto.Position));
        Assert.Equal(3.0 / Corpus["a"].Tokens.Count, veto.RelativePosition, 12);
        var figure = VocabularyCharts.Dispersion(result);
        Assert.Equal(["veto", "consent"], figure.Data.Select(t => t.Name));
        Assert.Equal(3, ((ScatterTrace)figure.Data[1]).X!.Count);
    }

    [Fact]
    public void Term_scatter_ranks_are_ordinal_with_ties_broken_by_term()
    {
        Assert.Equal([0.5, 0.25, 0.75, 1.0], TermScatter.Percentiles([1, 0, 1, 5], ["b", "z", "c", "a"]).Select(p => p));
    }

    [Fact]
    public void Keyness_chart_has_target_terms_on_the_right_and_reference_terms_on_the_left()
    {
        var rows = new List<KeynessRow> { new("we", 5, 0, 8, 6, 4, 0.01), new("say", 1, 1, 0.1, 0, 0, 0.9), new("russian", 0, 6, -7, -5, -4, 0.02) };
        var result = new KeynessResult(new DocumentGroup("op-ed", []), new DocumentGroup("news", []), 1, false, rows.ToTable("term"));
        var figure = VocabularyCharts.Keyness(result, perSide: 5);
        Assert.Equal("Keyness: op-ed (right) against news (left)", figure.TitleText);
        var (target, reference) = ((BarTrace)figure.Data[0], (BarTrace)figure.Data[1]);
        Assert.Equal(["we", "say"], target.Y!.Cast<string>());
        Assert.Equal(["russian"], reference.Y!.Cast<string>());
        Assert.Equal(HouseStyle.TargetColor, target.Marker!.Color);
    }
}
