using Workbook.Claims;
using Workbook.Claims.Display;
using Workbook.Corpora;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Claims;

public class ClaimComparisonTests
{
    private static CorpusWorkbook SeedWorkbook() => CorpusWorkbook.Open(Repository.Seeds);

    [Fact]
    public void On_the_teams_gold_evidence_recall_at_3_and_label_accuracy_meet_the_bar()
    {
        var wb = SeedWorkbook();
        var scores = wb.Claims.Scores().ToDictionary(s => s.Measure);
        Assert.Equal(18, scores["label accuracy"].Pairs);
        Assert.Equal(14, scores["evidence recall@3"].Pairs);
        // The bar is the figures before WordNet expansion (0.857 and 0.778); measured 0.857 and 0.833 with it.
        Assert.True(scores["evidence recall@3"].Value >= 12.0 / 14 - 1e-9, $"evidence recall@3 = {scores["evidence recall@3"].Value:0.000}");
        Assert.True(scores["label accuracy"].Value >= 14.0 / 18 - 1e-9, $"label accuracy = {scores["label accuracy"].Value:0.000}");
    }

    [Fact]
    public void Every_evidence_row_is_a_sentence_of_the_named_report()
    {
        var wb = SeedWorkbook();
        var result = wb.Claims.Compare();
        Assert.Equal(("000", 6), (result.OpEdId, result.Claims.Count));
        Assert.Equal(["001", "002", "003"], result.ReportIds);
        Assert.Equal(6 * 3 * RetrievalSettings.Default.EvidencePerReport, result.Evidence.Count);
        Assert.All(result.Evidence, e =>
        {
            var sentence = wb.Corpus[e.DocumentId].Sentences[e.SentenceIndex];
            Assert.Equal((sentence.Start, sentence.End, sentence.Text), (e.Start, e.End, e.Text));
            Assert.Contains(e.DocumentId, new[] { "001", "002", "003" });
        });
    }

    [Fact]
    public void Gold_evaluation_scores_by_hand()
    {
        var wb = SeedWorkbook();
        var result = wb.Claims.Compare();
        var first = result.Relations[0];
        var top = result.Evidence.Where(e => e.ClaimId == first.ClaimId && e.DocumentId == first.DocumentId && e.Rank <= 3).Select(e => e.SentenceIndex).ToList();
        var gold = new[] { new GoldJudgement(first.ClaimId, first.DocumentId, first.Relation, [top[0], 999]), new GoldJudgement(first.ClaimId, first.DocumentId, ClaimRelation.Supports == first.Relation ? ClaimRelation.Mixed : ClaimRelation.Supports, []) };
        var evaluation = ClaimEvaluation.Score(result, gold);
        Assert.Equal(0.5, evaluation.LabelAccuracy, 12);
        Assert.Equal(0.5, evaluation.EvidenceRecallAtThree, 12);
    }

    [Fact]
    public void Automatic_extraction_alone_covers_the_op_eds_thesis()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Repository.Seeds).Where(f => Path.GetFileName(f) != ClaimsFamily.ClaimsFileName))
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        var wb = CorpusWorkbook.Open(folder.Path);
        Assert.Empty(wb.Claims.Analyst);
        var result = wb.Claims.Compare();
        Assert.All(result.Claims, c => Assert.Equal(ClaimSource.Automatic, c.Source));
        var thesis = wb.Corpus["000"].Sentences[0];
        Assert.StartsWith("The notion that Western troop deployment in Ukraine hinges on Russian", thesis.Text);
        Assert.Contains(result.Claims, c => c.Spans.Contains(new TextSpan(thesis.Start, thesis.End)));
        var veto = wb.Corpus["000"].Sentences.Single(s => s.Text.Contains("Moscow holds a veto", StringComparison.Ordinal));
        Assert.Contains(result.Claims, c => c.Spans.Contains(new TextSpan(veto.Start, veto.End)));
        Assert.Equal(result.Claims.Count * 3, result.Relations.Count);
    }

    [Fact]
    public void Works_on_a_corpus_that_is_not_the_seeds_with_its_own_frames_and_any_op_ed_and_reports()
    {
        var corpus = Corpus.FromTexts(
        [
            (new ManifestEntry("x", "x.txt", null, "speech", null), "The minister says the port deal needs no approval from the council. Critics are wrong: the council holds no veto."),
            (new ManifestEntry("y", "y.txt", null, "wire", null), "Officials said the port deal would only proceed if the council gives its consent. The council warned of legal risks."),
            (new ManifestEntry("z", "z.txt", null, "wire", null), "The football season opens on Saturday with a derby."),
        ]);
        var cues = CueLexicon.Parse("[frames]\nbound\nfree\n[topic]\napprov*\nconsent\nveto\n[bound]\nonly ~ if\nwarn*\nrisk*");
        var resources = CorpusResources.General.With(SharedLexicons.Cues, CorpusResources.General.Cues.With(cues));
        var wb = CorpusWorkbook.From(corpus, resources);
        var result = wb.Claims.Compare("x", wb.Group("wire"));
        Assert.Equal(new StanceFrames("bound", "free"), result.Frames);
        Assert.NotEmpty(result.Claims);
        Assert.Equal(["y", "z"], result.ReportIds);
        var relations = result.Relations.Where(r => r.ClaimId == result.Claims[0].Id).ToDictionary(r => r.DocumentId, r => r.Relation);
        Assert.Equal(ClaimRelation.Contradicts, relations["y"]);
        Assert.Equal(ClaimRelation.NotAddressed, relations["z"]);
        Assert.StartsWith("claim frame: free", result.Relations.First(r => r.DocumentId == "y").Cues);
        Assert.Throws<InsufficientDocumentsException>(() => wb.Claims.Compare("x", wb.Group("x")));
    }

    [Fact]
    public void Summary_is_built_from_the_results()
    {
        var summary = ClaimSummaryMarkdown.Render(SeedWorkbook().Claims.Summary()).Markdown;
        Assert.StartsWith("**6 claims** of op-ed 000 set against **3 reports** (001, 002, 003):", summary);
        Assert.Contains("- **C4** “Western personnel are already on the ground in Ukraine, in civilian clothes.” — discusses in 002; not addressed in 001, 003.", summary);
        Assert.Matches("Across 18 claim–report pairs: .*contradicts: [0-9]+", summary);
    }

    [Fact]
    public void A_quoted_or_indirectly_reported_view_is_credited_to_its_speaker_not_to_the_report()
    {
        var wb = SeedWorkbook();
        var report = wb.Corpus["002"];
        var macron = report.Sentences.Single(s => s.Text.Contains("not necessary", StringComparison.Ordinal));
        var voice = Attribution.VoiceOf(wb.Corpus, report, macron, [], Repository.SeedResources.Cues);
        Assert.Equal(new SentenceVoice(VoiceKind.Reported, "Emmanuel Macron", "suggested"), voice);

        var result = wb.Claims.Compare();
        var evidence = result.Evidence.Where(e => e.DocumentId == "002" && e.SentenceIndex == macron.Index).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal((VoiceKind.Reported, "Emmanuel Macron"), (e.Voice, e.Speaker)));
        var own = report.Sentences.Single(s => s.Text.StartsWith("The Telegraph’s reporting reveals a stark reality", StringComparison.Ordinal));
        Assert.Equal(SentenceVoice.Own, Attribution.VoiceOf(wb.Corpus, report, own, [], Repository.SeedResources.Cues));

        // Moscow holds no veto (C2): in 002 both sides are reported (Macron for it, "Western European nations … privately acknowledged" against it); its own voice takes neither.
        var c2 = result.Relations.Single(r => r.ClaimId == "C2" && r.DocumentId == "002");
        Assert.Equal((ClaimRelation.Mixed, ClaimRelation.NotAddressed, ClaimRelation.Mixed, "Emmanuel Macron, Western European nations"), (c2.Relation, c2.OwnVoice, c2.Reported, c2.Speakers));
    }
}
