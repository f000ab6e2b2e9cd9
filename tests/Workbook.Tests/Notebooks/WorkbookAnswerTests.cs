using Workbook.Corpora;
using Workbook.Notebooks;
using Workbook.Tests.Support;

namespace Workbook.Tests.Notebooks;

public class WorkbookAnswerTests
{
    private static readonly IReadOnlyDictionary<AnswerSource, (string Text, string Link)> Links =
        Enum.GetValues<AnswerSource>().ToDictionary(s => s, s => (s.ToString(), $"{s}.ipynb"));

    [Fact]
    public void The_seed_answer_is_written_from_every_family_and_credits_reported_views_to_their_speakers()
    {
        var answer = WorkbookAnswer.Of(CorpusWorkbook.Open(Repository.Seeds));
        Assert.Equal("000", answer.OpEdId);
        Assert.Equal(["001", "002", "003"], answer.ReportIds);
        Assert.Equal(Enum.GetValues<AnswerTopic>(), answer.Findings.Select(f => f.Topic).Distinct());
        Assert.Equal(Enum.GetValues<AnswerSource>(), answer.Findings.Select(f => f.Source).Distinct().Order());
        Assert.Contains(answer.Findings, f => f.Sentence.StartsWith("The reports over-use “european” (G² -21.7)", StringComparison.Ordinal));
        var veto = Assert.Single(answer.Findings, f => f.Sentence.StartsWith("C2 (stated)", StringComparison.Ordinal));
        Assert.Contains("002 on the word of Emmanuel Macron, Western European nations", veto.Sentence);
        Assert.Contains(answer.Findings, f => f.Sentence == "Report 003 quotes no one.");

        var markdown = AnswerMarkdown.Render(answer, Links).Markdown;
        Assert.StartsWith("**Vocabulary**\n\n- ", markdown);
        Assert.Contains("([Keyness](Keyness.ipynb))", markdown);
        Assert.Equal(answer.Findings.Count, markdown.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Another_corpus_gets_the_same_kind_of_answer_and_one_without_reports_a_plain_statement()
    {
        var corpus = Corpus.FromTexts([
            (new ManifestEntry("a", "a.txt", null, "op-ed", null), "Libraries must stay open on Sundays. Critics argue that libraries cost too much. They are wrong: reading pays for itself."),
            (new ManifestEntry("b", "b.txt", null, "news", null), "The council said libraries cost too much and will close on Sundays. Budgets fell this year."),
        ]);
        var answer = WorkbookAnswer.Of(CorpusWorkbook.From(corpus));
        Assert.Contains(answer.Findings, f => f.Sentence == "The op-ed quotes no one.");
        Assert.Equal(Enum.GetValues<AnswerTopic>(), answer.Findings.Select(f => f.Topic).Distinct());
        Assert.Contains(answer.Findings, f => f.Topic == AnswerTopic.Claims && f.Sentence.StartsWith("A1 (thesis) “Libraries must stay open on Sundays.”", StringComparison.Ordinal));

        var alone = CorpusWorkbook.From(Corpus.FromTexts([(new ManifestEntry("a", "a.txt", null, "op-ed", null), "Only an op-ed here, with no report.")]));
        var empty = WorkbookAnswer.Of(alone);
        Assert.Empty(empty.Findings);
        Assert.Equal("Op-ed a has no report to be compared with, so there is no answer to give.", AnswerMarkdown.Render(empty, Links).Markdown);
    }
}
