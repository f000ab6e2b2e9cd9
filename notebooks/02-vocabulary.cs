using Workbook.Notebooks;
using Workbook.Tables;
using Workbook.Vocabulary.Charts;

namespace Workbook.Chapters;

/// <summary>Chapter 2: which words set the op-ed apart from the reports, where its key terms fall, how close the texts are.</summary>
public sealed class VocabularyChapter : IChapter
{
    /// <inheritdoc />
    public string Name => "02-vocabulary";

    /// <inheritdoc />
    public string Title => "2. Vocabulary: the op-ed against the reports";

    /// <inheritdoc />
    public void Write(NotebookBuilder nb, CorpusWorkbook wb)
    {
        nb.Markdown("""
            # 2. Vocabulary: the op-ed against the reports

            Which words does the op-ed use that the reports do not, and the other way round? Where in each
            text do its key terms come up? How close is each report to the op-ed? The statistics are
            the field's own — quanteda's `textstat_keyness`, `kwic`, `textplot_xray` and `textstat_simil`,
            AntConc's keyword list, scattertext's scaled F-score — so every number here can be checked
            against those tools.

            `wb.Vocabulary` holds this family; its charts take its results (`VocabularyCharts.Keyness(result)`).
            `wb.OpEd` is every document the manifest calls an op-ed and `wb.Reports` every news report;
            any other grouping works too, e.g. `wb.Group("001,002")` or `wb.Group("commentary")`.
            """);
        nb.Markdown("""
            ## The groups and their most frequent words

            Frequencies count word and number tokens by their `norm`, without stop words (the library's list is
            `src/Workbook/Data/stopwords-en.txt`, which a corpus's own `stopwords.txt` replaces; negations such as *not* and *without* are deliberately kept).
            """);
        nb.Code(() => wb.Vocabulary.Frequencies(wb.OpEd).Top(15));
        nb.Code(() => wb.Vocabulary.Frequencies(wb.Reports).Top(15));
        nb.Markdown("""
            ## Keyness: what each side over-uses

            For every term, a 2×2 table of its count in the target and reference against all other tokens gives
            G² (log-likelihood), χ² (Yates-corrected when an expected cell is below 5), Hardie's Log Ratio (an
            effect size: +1 means twice as frequent in the target) and p for G² against χ² with one degree of
            freedom. Statistics are signed: positive means over-used in the op-ed, negative in the reports.
            Stop words are kept here, because pronouns and modals (*we*, *you*, *will*) are where an argument's
            voice shows. Terms seen fewer than twice in all are left out.
            """);
        nb.Code(() => wb.Vocabulary.Keyness(wb.OpEd, wb.Reports).Rows.Top(20));
        nb.Markdown("""
            The other end of the same table — the reports' vocabulary:
            """);
        nb.Code(() => wb.Vocabulary.Keyness(wb.OpEd, wb.Reports).Rows.Where(k => k.G2 < 0).OrderBy(k => k.G2).ToTable("term").Top(20));
        nb.Markdown("""
            The keyness chart shows both ends at once, in the style of quanteda's `textplot_keyness`, this time
            without stop words so that content words stand out. Bars to the right are the op-ed's words; bars to
            the left the reports'. Hover for the counts behind each bar.
            """);
        nb.Code(() => VocabularyCharts.Keyness(wb.Vocabulary.Keyness(wb.OpEd, wb.Reports, withoutStopWords: true)));
        nb.Markdown("""
            ## Scaled F-score: every term at once

            scattertext places each term by how common it is in each group (frequency-rank percentiles) and
            colours it by its scaled F-score: the harmonic mean of normal-CDF-scaled precision P(group | term) and
            recall P(term | group), whichever side is stronger, from −1 (reports) to +1 (op-ed). Terms near the
            diagonal are shared vocabulary; the top-left corner is the op-ed's own, the bottom-right the reports'.
            """);
        nb.Code(() => wb.Vocabulary.ScaledFScores(wb.OpEd, wb.Reports).Top(15));
        nb.Code(() => VocabularyCharts.TermScatter(wb.Vocabulary.TermScatter(wb.OpEd, wb.Reports)));
        nb.Markdown("""
            ## The key terms in context

            The terms worth following through the corpus come from the corpus itself: the analyst's topic terms where
            the corpus's `cues.txt` names any under `[topic]`, else the op-ed's five strongest keyness terms against the
            reports (G², stop words left out), else, with nothing to compare, its most frequent content words. The
            table says which, with each term's count on both sides.
            """);
        nb.Code(() => wb.Vocabulary.KeyTerms(wb.OpEd, wb.Reports).Rows);
        nb.Markdown("""
            Keyword in context lists every occurrence of those terms with six tokens either side, and the character
            offsets of each match in its raw file. A glob such as `polic*` catches every word that starts so.
            """);
        nb.Code(() => wb.Vocabulary.Kwic(wb.Vocabulary.KeyTerms(wb.OpEd, wb.Reports).Pattern, window: 6));
        nb.Markdown("""
            ## Where they come up: lexical dispersion

            Each tick is one occurrence, placed by its position in the document (0 = first token, 1 = last).
            A term that opens a report frames it; one that only appears in passing does not.
            """);
        nb.Code(() => VocabularyCharts.Dispersion(wb.Vocabulary.Dispersion([.. wb.Vocabulary.KeyTerms(wb.OpEd, wb.Reports).Terms])));
        nb.Markdown("""
            ## How close are the texts?

            Each document becomes a vector of stop-word-free term counts weighted by smoothed inverse document
            frequency, idf = ln((1 + n)/(1 + df)) + 1, and pairs are compared by cosine (1 = same weighted vocabulary,
            0 = nothing shared). The heatmap shows every pair; the table ranks the documents by their closeness to
            the op-ed.
            """);
        nb.Code(() => VocabularyCharts.Similarity(wb.Vocabulary.Similarity()));
        nb.Code(() => wb.Vocabulary.Similarity().ClosestTo(wb.OpEd.Documents[0].Id));
        nb.Markdown("""
            ## Collocations

            Adjacent word pairs within a sentence, scored as quanteda's `textstat_collocations` does (λ, the log
            odds ratio of the pair's 2×2 table with 0.5 added to each cell, and z = λ / SE), with mutual information
            and t-score beside them. Recurrent phrases are the building blocks of each side's framing.
            """);
        nb.Code(() => wb.Vocabulary.Collocations(minCount: 3).Top(20));
    }
}
