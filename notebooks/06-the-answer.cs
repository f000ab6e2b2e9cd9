using Workbook.Notebooks;

namespace Workbook.Chapters;

/// <summary>Chapter 6: the workbook's answer, written from the results of every family.</summary>
public sealed class AnswerChapter : IChapter
{
    /// <inheritdoc />
    public string Name => "06-the-answer";

    /// <inheritdoc />
    public string Title => "6. The answer";

    /// <inheritdoc />
    public void Write(NotebookBuilder nb, CorpusWorkbook wb)
    {
        nb.Markdown("""
            # 6. The answer

            **How does the op-ed's argument compare with what the reports say?** Every sentence below is written by
            `WorkbookAnswer.Of(wb)` from the results of the earlier chapters, not by hand, so it answers for whatever
            corpus the workbook is pointed at. Each links to the table or chart it comes from; check it there, and read
            the evidence before trusting a label (chapter 5 says how often the labels are right): the site's page
            [the op-ed beside the reports](../site/compare.html) shows every claim with its evidence sentences in place.
            """);
        nb.Code(() => AnswerMarkdown.Render(WorkbookAnswer.Of(wb), new Dictionary<AnswerSource, (string Text, string Link)>
        {
            [AnswerSource.Keyness] = ("chapter 2, Keyness", "02-vocabulary.ipynb"),
            [AnswerSource.StanceRates] = ("chapter 3, Stance and engagement", "03-rhetoric.ipynb"),
            [AnswerSource.Genre] = ("chapter 3, Opinion or reporting?", "03-rhetoric.ipynb"),
            [AnswerSource.Tone] = ("chapter 3, Tone", "03-rhetoric.ipynb"),
            [AnswerSource.Quotes] = ("chapter 4, Who each document quotes", "04-sources-and-actors.ipynb"),
            [AnswerSource.Attribution] = ("chapter 4, How much of each text is attributed", "04-sources-and-actors.ipynb"),
            [AnswerSource.ClaimRelations] = ("chapter 5, Claim × report", "05-claims-vs-reports.ipynb"),
        }));
        nb.Markdown("""
            The findings as a table, for filtering or export:
            """);
        nb.Code(() => WorkbookAnswer.Of(wb).Findings);
    }
}
