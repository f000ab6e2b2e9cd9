using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Claims;

public class ClaimExtractorTests
{
    private static CorpusWorkbook SeedsWithoutClaimFile(TempFolder folder)
    {
        foreach (var file in Directory.GetFiles(Repository.Seeds).Where(f => Path.GetFileName(f) != ClaimsFamily.ClaimsFileName))
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        return CorpusWorkbook.Open(folder.Path);
    }

    [Fact]
    public void Without_a_claim_file_the_thesis_and_every_argumentative_section_give_a_claim()
    {
        using var folder = new TempFolder();
        var wb = SeedsWithoutClaimFile(folder);
        var opEd = wb.Corpus["000"];
        var claims = wb.Claims.Compare().Claims;
        Assert.All(claims, c => Assert.Equal(ClaimSource.Automatic, c.Source));

        var thesis = Assert.Single(claims, c => c.Role == ClaimRole.Thesis);
        Assert.Equal(opEd.Sentences[0].Start, thesis.Spans[0].Start);
        string[] sections =
        [
            "The Consent Fallacy", "Why the Status Quo is a Trap", "The Hidden Logic of \"Non-Combatant\" Deployments", "The Nuclear Bluff",
            "The Brutal Truth About NATO Unity", "The Risk We Don't Admit", "Stop Asking \"When?\" and Start Asking \"Where?\"",
        ];
        var headings = opEd.Paragraphs.Where(p => p.Role == ParagraphRole.Heading).ToList();
        Assert.Equal(sections, headings.Select(h => h.Text));
        for (var i = 0; i < headings.Count; i++)
        {
            var (from, to) = (headings[i].End, i + 1 < headings.Count ? headings[i + 1].Start : opEd.Text.Length);
            Assert.True(claims.Any(c => c.Section == sections[i] && c.Spans.Any(s => s.Start >= from && s.End <= to)), $"no claim from section \"{sections[i]}\"");
        }
    }

    [Fact]
    public void A_rebuttal_states_the_view_rejected_and_its_relation_is_turned_for_the_op_ed()
    {
        using var folder = new TempFolder();
        var wb = SeedsWithoutClaimFile(folder);
        var result = wb.Claims.Compare();
        var rebuttals = result.Claims.Where(c => c.Role == ClaimRole.Rebuttal).ToList();
        Assert.NotEmpty(rebuttals);
        Assert.All(rebuttals, c => Assert.Equal(ClaimSource.Automatic, c.Source));
        Assert.All(result.Relations.Where(r => rebuttals.Any(c => c.Id == r.ClaimId) && r.Relation is ClaimRelation.Supports or ClaimRelation.Contradicts),
            r => Assert.StartsWith("the op-ed rejects this view", r.Cues));

        // A report that holds the rejected view contradicts the op-ed; the same sentence under a stated claim supports it.
        var corpus = Corpus.FromTexts([
            (new ManifestEntry("op", "op.txt", null, "op-ed", null), "Critics argue that the old harbour bridge is unsafe for heavy lorries. They are wrong about it."),
            (new ManifestEntry("r", "r.txt", null, "news", null), "Engineers found the old harbour bridge unsafe for heavy lorries. The council meets on Monday. Critics argue about the budget. Schools reopen next week. The weather stays mild."),
        ]);
        var op = corpus["op"];
        var span = new TextSpan(op.Sentences[0].Start, op.Sentences[0].End);
        var resources = CorpusResources.General;
        RelationRow Judge(ClaimRole role) => Assert.Single(ClaimComparison.Compare(corpus, [new Claim("A1", op.Sentences[0].Text, ClaimSource.Automatic, "op", [span], role,
                Stance: role == ClaimRole.Rebuttal ? ClaimStance.Against : ClaimStance.For)],
            new DocumentGroup("r", [corpus["r"]]), new CorpusQuotations(corpus, resources.Cues), resources.Cues, resources.Lexicon(ClaimsFamily.Synonyms), resources.Lexicon(ClaimsFamily.WordNet), resources.StopWords, ClaimSettings.Default).Relations);
        Assert.Equal(ClaimRelation.Supports, Judge(ClaimRole.Assertion).Relation);
        var turned = Judge(ClaimRole.Rebuttal);
        Assert.Equal(ClaimRelation.Contradicts, turned.Relation);
        Assert.StartsWith("the op-ed rejects this view, so a report that holds it contradicts the op-ed; close match", turned.Cues);
    }

    [Fact]
    public void A_text_without_headings_is_divided_by_lexical_cohesion()
    {
        // Three topics of twelve sentences each, no headings and one paragraph: the cuts fall between the topics.
        string Topic(string a, string b, string c) => string.Concat(Enumerable.Range(0, 12).Select(i => $"The {a} and the {b} of {c} matter in case {i}. "));
        var text = Topic("harbour", "fishing", "boats") + Topic("school", "teachers", "pupils") + Topic("hospital", "nurses", "patients");
        var corpus = Corpus.FromTexts([(new ManifestEntry("s", "s.txt", null, "speech", null), text)]);
        var sections = ArgumentSections.Of(corpus, corpus["s"], CorpusResources.General.StopWords, ClaimExtractionSettings.Default with { SentencesPerSection = 12 });
        Assert.Equal([12, 12, 12], sections.Select(s => s.Sentences.Count));
        Assert.All(sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void An_essay_without_headings_is_read_paragraph_by_paragraph_with_its_thesis_claims_and_the_view_it_answers()
    {
        var text = Cli.BadInputTests.Essay;
        var corpus = Corpus.FromTexts([(new ManifestEntry("e", "e.txt", null, "op-ed", null), text)]);
        var essay = corpus["e"];
        Assert.Equal(ParagraphRole.Heading, essay.Paragraphs[0].Role);
        Assert.Equal("Should the old town close its streets to cars?", essay.Title);

        var sections = ArgumentSections.Of(corpus, essay, CorpusResources.General.StopWords, ClaimExtractionSettings.Default);
        Assert.Equal([ArgumentPart.Introduction, ArgumentPart.Body, ArgumentPart.Body, ArgumentPart.Conclusion], sections.Select(s => s.Part));
        Assert.All(sections, s => Assert.Equal(SectionDivision.Paragraphs, s.Division));

        var claims = ClaimExtractor.Extract(corpus, essay, CorpusResources.General, ClaimExtractionSettings.Default);
        (string Opening, ClaimRole Role, ClaimStance Stance) Read(Claim c) => (essay.Slice(c.Spans[0].Start, c.Spans[0].End)[..20], c.Role, c.Stance);
        Assert.Equal(
        [
            ("I believe that the o", ClaimRole.Thesis, ClaimStance.For),
            ("First of all, people", ClaimRole.TopicSentence, ClaimStance.For),
            ("Some people argue th", ClaimRole.Rebuttal, ClaimStance.Against),
            ("However, buses and c", ClaimRole.Claim, ClaimStance.For),
            ("In conclusion, a tow", ClaimRole.Conclusion, ClaimStance.For),
        ], claims.Select(Read));
        Assert.Equal(["A1", "A2", "A3", "A4", "A5"], claims.Select(c => c.Id));
    }

    [Fact]
    public void A_body_paragraph_that_draws_its_conclusion_gives_that_sentence_or_both_as_the_setting_says()
    {
        const string text = "A title for the test\n\nCars fill the streets. Noise fills the air. I think the centre should close to cars.\n"
            + "Walking streets bring customers to shops. Visitors stay longer where it is quiet. Therefore, closing the centre helps the shops.\n"
            + "In conclusion, the centre should close to cars.\n";
        var corpus = Corpus.FromTexts([(new ManifestEntry("e", "e.txt", null, "op-ed", null), text)]);
        string[] Claims(BodyParagraphClaims body) => ClaimExtractor.Extract(corpus, corpus["e"], CorpusResources.General, ClaimExtractionSettings.Default with { BodyClaims = body })
            .Select(c => corpus["e"].Slice(c.Spans[0].Start, c.Spans[0].End)).ToArray();
        Assert.Equal(["I think the centre should close to cars.", "Walking streets bring customers to shops.", "In conclusion, the centre should close to cars."], Claims(BodyParagraphClaims.Topic));
        Assert.Equal(["I think the centre should close to cars.", "Therefore, closing the centre helps the shops.", "In conclusion, the centre should close to cars."], Claims(BodyParagraphClaims.ConclusionElseTopic));
        Assert.Equal(4, Claims(BodyParagraphClaims.Both).Length);
    }
}
