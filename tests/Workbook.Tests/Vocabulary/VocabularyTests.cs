using Workbook.Corpora;
using Workbook.Export;
using Workbook.Tests.Support;
using Workbook.Text;
using Workbook.Vocabulary;

namespace Workbook.Tests.Vocabulary;

public class VocabularyTests
{
    private static Corpus Small() => Corpus.FromTexts(
    [
        (new ManifestEntry("a", "a.txt", "A", "op-ed", null), "We will act. We will not wait for consent. Consent is a veto."),
        (new ManifestEntry("b", "b.txt", "B", "news", null), "Governments want Russian consent. Russian consent is needed, officials said."),
        (new ManifestEntry("c", "c.txt", "C", "news", null), "Officials said troops need Russian approval."),
    ]);

    [Fact]
    public void Keyness_counts_terms_of_each_group_and_signs_by_side()
    {
        var corpus = Small();
        var keyness = Keyness.Compute(corpus, DocumentGroup.Select(corpus, "op-ed"), DocumentGroup.Select(corpus, "news"), minCount: 1, leaveOut: null).Rows;
        var we = keyness.Single(k => k.Term == "we");
        Assert.Equal((2, 0), (we.TargetCount, we.ReferenceCount));
        // target has 13 word tokens, reference 16: the row must equal the statistics of that 2×2 table
        Assert.Equal(KeynessStatistics.LogLikelihood(2, 0, 11, 16), we.G2, 12);
        var russian = keyness.Single(k => k.Term == "russian");
        Assert.Equal((0, 3), (russian.TargetCount, russian.ReferenceCount));
        Assert.True(russian.G2 < 0 && russian.Chi2 <= 0 && russian.LogRatio < 0);
        Assert.Equal(keyness.OrderByDescending(k => k.G2).Select(k => k.G2), keyness.Select(k => k.G2));
        Assert.DoesNotContain(keyness, k => k.Term == ".");
    }

    [Fact]
    public void Term_counts_keep_the_order_of_first_appearance_and_each_document_is_counted_on_its_own()
    {
        var corpus = Small();
        var all = TermCounts.Of(corpus.Documents, corpus.Vocabulary, new HashSet<string> { "is" });
        Assert.Equal(["we", "will", "act", "not", "wait", "for", "consent", "a", "veto", "governments"], all.Counts.Keys.Take(10));
        Assert.Equal((4, 13 + 10 + 6 - 2), (all["consent"], all.Total));
        var each = TermCounts.EachOf(corpus.Documents, corpus.Vocabulary);
        Assert.Equal([13, 10, 6], each.Select(c => c.Total));
        Assert.Equal([2, 2, 0], each.Select(c => c["consent"]));
        Assert.Equal([0, 2, 1], each.Select(c => c["russian"]));
        Assert.Equal(corpus.Documents.Select(d => TermCounts.Of([d], corpus.Vocabulary).Counts.ToList()), each.Select(c => c.Counts.ToList()));
    }

    [Fact]
    public void Keyness_min_count_and_overlapping_groups()
    {
        var corpus = Small();
        var result = Keyness.Compute(corpus, DocumentGroup.Select(corpus, "a"), DocumentGroup.Select(corpus, "b,c"), minCount: 3, leaveOut: null);
        var keyness = result.Rows;
        Assert.Equal(("a", "b, c", 3, false), (result.Target.Label, result.Reference.Label, result.MinCount, result.WithoutStopWords));
        Assert.All(keyness, k => Assert.True(k.TargetCount + k.ReferenceCount >= 3));
        Assert.Throws<ArgumentException>(() => Keyness.Compute(corpus, DocumentGroup.Select(corpus, "a,b"), DocumentGroup.Select(corpus, "b"), 2, null));
        Assert.Contains("neither a document id nor a kind", Assert.Throws<ArgumentException>(() => DocumentGroup.Select(corpus, "editorial")).Message);
    }

    [Fact]
    public void Seed_keyness_counts_agree_with_tokens_csv()
    {
        var files = CorpusCsv.Files(Repository.Seed).ToDictionary(f => f.Name, f => CsvReader.Read(f.Content));
        var kinds = files["documents.csv"].Skip(1).ToDictionary(r => r[0], r => r[3]);
        var words = files["tokens.csv"].Skip(1).Where(r => r[6].Any(char.IsLetterOrDigit)).ToList();
        Dictionary<string, int> Count(string kind) => words.Where(r => kinds[r[0]] == kind).GroupBy(r => r[6]).ToDictionary(g => g.Key, g => g.Count());
        var (opEd, news) = (Count("op-ed"), Count("news"));
        var wb = CorpusWorkbook.From(Repository.Seed);
        var keyness = wb.Vocabulary.Keyness(wb.OpEd, wb.Reports, minCount: 1).Rows;
        Assert.Equal(opEd.Keys.Union(news.Keys).Count(), keyness.Count);
        Assert.All(keyness, k => Assert.Equal((opEd.GetValueOrDefault(k.Term), news.GetValueOrDefault(k.Term)), (k.TargetCount, k.ReferenceCount)));
    }

    [Fact]
    public void Frequencies_rank_terms_per_thousand_words_without_stop_words()
    {
        var corpus = Small();
        var frequencies = Frequencies.Of(corpus, DocumentGroup.Select(corpus, "news"), CorpusResources.General.StopWords);
        Assert.Equal(("consent", 2, 1), (frequencies[1].Term, frequencies[1].Count, frequencies[0].Rank));
        Assert.Equal(("russian", 3), (frequencies[0].Term, frequencies[0].Count));
        Assert.DoesNotContain(frequencies, f => f.Term == "is");
        Assert.Equal(1000.0 * 3 / frequencies.Sum(f => f.Count), frequencies[0].PerThousand, 9);
        Assert.Contains(Frequencies.Of(corpus, DocumentGroup.Select(corpus, "news"), leaveOut: null), f => f.Term == "is");
    }

    [Fact]
    public void Stop_list_keeps_negations_and_parses_comments()
    {
        var english = CorpusResources.General.StopWords;
        Assert.Contains("the", english);
        Assert.DoesNotContain("not", english);
        Assert.DoesNotContain("without", english);
        Assert.Equal(["a", "it's"], StopWords.Parse("# comment\na\n\n It’s \n").Order());
    }

    [Fact]
    public void Scaled_f_scores_match_scattertexts_formula_worked_by_hand()
    {
        var scores = ScaledFScore.Scores([3, 0, 1, 2], [0, 2, 1, 4]);
        Assert.Equal([0.921594249420676, -0.6951891099076205, 0.40930258495348026, -0.7569760724575942], scores.Select(s => Math.Round(s, 12)), new RoundedComparer());
    }

    [Fact]
    public void Cosine_and_tf_idf_weights_match_hand_values()
    {
        Assert.Equal(0.4, Similarity.Cosine(new Dictionary<string, double> { ["a"] = 1, ["b"] = 2 }, new Dictionary<string, double> { ["a"] = 2, ["c"] = 1 }), 12);
        var weighted = Similarity.Weigh([new Dictionary<string, int> { ["x"] = 1, ["y"] = 1 }, new Dictionary<string, int> { ["x"] = 1 }]);
        Assert.Equal(1.0, weighted[0]["x"], 12);
        Assert.Equal(Math.Log(1.5) + 1, weighted[0]["y"], 12);
        var expected = 1 / Math.Sqrt(1 + Math.Pow(Math.Log(1.5) + 1, 2));
        Assert.Equal(expected, Similarity.Cosine(weighted[0], weighted[1]), 12);
    }

    [Fact]
    public void Similarity_matrix_is_symmetric_with_ones_on_the_diagonal()
    {
        var rows = Similarity.Compute(Small(), CorpusResources.General.StopWords).Pairs();
        Assert.Equal(9, rows.Count);
        Assert.All(rows.Where(r => r.DocumentA == r.DocumentB), r => Assert.Equal(1.0, r.Cosine, 12));
        Assert.All(rows, r => Assert.Equal(r.Cosine, rows.Single(s => s.DocumentA == r.DocumentB && s.DocumentB == r.DocumentA).Cosine, 12));
        var wb = CorpusWorkbook.From(Small());
        Assert.Equal(["b", "c"], wb.Vocabulary.Similarity().ClosestTo("a").Select(r => r.DocumentB).Order());
        Assert.Throws<ArgumentException>(() => wb.Vocabulary.Similarity().ClosestTo("zz"));
    }

    [Fact]
    public void Collocation_scores_match_the_formulas_worked_by_hand()
    {
        var row = Collocations.Row("x y", 3, 4, 5, 20);
        Assert.Equal(Math.Log(3.5 * 14.5 / (1.5 * 2.5)), row.Lambda, 12);
        Assert.Equal(row.Lambda / Math.Sqrt(1 / 3.5 + 1 / 1.5 + 1 / 2.5 + 1 / 14.5), row.Z, 12);
        Assert.Equal(Math.Log2(3), row.MutualInformation, 12);
        Assert.Equal(2 / Math.Sqrt(3), row.TScore, 12);
    }

    [Fact]
    public void Collocations_pair_adjacent_words_within_sentences()
    {
        var rows = Collocations.Compute(Small(), Small().Documents, minCount: 2);
        Assert.Equal(["consent is", "officials said", "russian consent", "we will"], rows.Select(r => r.Collocation).Order());
        Assert.Equal(2, rows.Single(r => r.Collocation == "russian consent").Count);
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;
        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void Key_terms_are_the_analysts_topic_terms_else_the_targets_keyness_terms_else_its_most_frequent_words()
    {
        var corpus = Small();
        var (opEd, news) = (DocumentGroup.Select(corpus, "op-ed"), DocumentGroup.Select(corpus, "news"));
        var stop = CorpusResources.General.StopWords;

        var topic = KeyTerms.Choose(corpus, opEd, news, ["consen*", "approval"], stop, 5);
        Assert.Equal(KeyTermSource.TopicTerms, topic.Source);
        Assert.Equal("consen* | approval", topic.Pattern);
        Assert.Equal([(2, 2), (0, 1)], topic.Rows.Select(r => (r.TargetCount, r.ReferenceCount)));
        // "consen*": 2 of the op-ed's 13 words against 2 of the reports' 16.
        Assert.Equal(Keyness.Row("consen*", 2, 2, 13, 16).G2, topic.Rows[0].G2);

        // Without topic terms: the op-ed's words over-used against the reports, seen at least twice, stop words left out.
        var keyness = KeyTerms.Choose(corpus, opEd, news, [], stop, 5);
        Assert.Equal(KeyTermSource.Keyness, keyness.Source);
        Assert.Equal(["consent"], keyness.Terms);
        Assert.All(keyness.Rows, r => Assert.True(r.G2 > 0 && r.TargetCount >= 2));

        // With nothing to compare (the reference is the target itself): the most frequent content words.
        var alone = KeyTerms.Choose(corpus, opEd, opEd, [], stop, 2);
        Assert.Equal(KeyTermSource.Frequency, alone.Source);
        Assert.Equal(["consent", "act"], alone.Terms);
        Assert.All(alone.Rows, r => Assert.Null(r.G2));
    }
}
