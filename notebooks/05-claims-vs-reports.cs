using Workbook.Claims;
using Workbook.Claims.Charts;
using Workbook.Claims.Display;
using Workbook.Notebooks;

namespace Workbook.Chapters;

/// <summary>Chapter 5: the op-ed's claims set against the reports' evidence.</summary>
public sealed class ClaimsChapter : IChapter
{
    /// <inheritdoc />
    public string Name => "05-claims-vs-reports";

    /// <inheritdoc />
    public string Title => "5. Claims against reports";

    /// <inheritdoc />
    public void Write(NotebookBuilder nb, CorpusWorkbook wb)
    {
        nb.Markdown("""
            # 5. Claims against reports

            This is the question Workbook exists to answer. The op-ed makes claims; for each claim and each news
            report, do the report's sentences **support** it, **contradict** it, show both (**mixed**), take it up
            without a position (**discusses**), or leave it **not addressed**? Fact-checking research does this with retrieval and then a verdict (FEVER:
            supports / refutes / not enough info). Here both steps are transparent and use no model weights:

            1. **Evidence**: each report's sentences are ranked by BM25 (k1 = 1.2, b = 0.75) against the claim's
               words, with the topic's synonyms added (*consent, approval, permission, veto, buy-in, acquiescence,
               agreement* …; the corpus's own `synonyms.txt`). A claim word the reports never use, and that has no
               synonym group, borrows its WordNet relatives at half weight (synonyms, derivations, and the hypernym of
               a one-sense noun: *consent* → *permission*). A sentence that carries a stance cue ranks a
               little higher, and so does one that follows a relevant sentence (reports carry an argument across
               sentences). Headlines are left out; they restate the body.
            2. **Relation**: the corpus's `cues.txt`, laid over the library's general discourse cues, names the dispute's two
               frames and their cues, and places the claim and each of the report's top three sentences in one of them — *constraint* (consent needed, red lines, warnings, risk of
               escalation; "only … if there's Russian consent") or *autonomy* (needs denied, vetoes rejected;
               "should not be granted a veto"). Negation flips a topic term ("no veto", "without asking permission").
               Same frame: supports; opposite: contradicts; both: mixed; close sentences without a cue: discusses; no
               sentence close enough: not addressed. The cues that decided each label are shown beside it.

            **What the method cannot do.** It reads words, not meaning: it cannot tell who holds a view (a report
            quoting Macron's "no veto" counts like the report's own voice), misses paraphrase outside its synonym
            and cue lists, and cannot weigh sources. Its thresholds were set on these five texts, with no held-out
            set, so the scores below are optimistic. Treat a label as a pointer to the sentences, not as a verdict.
            """);
        nb.Markdown("""
            ## The claims

            First, what automation finds in the op-ed on its own: sentences scored by argumentative cues (topic terms,
            evaluation words such as *misreading* or *fallacy*, predictions, rebuttals of the other side, negation, the
            opening thesis), grouped when they share content words.
            """);
        nb.Code(() => wb.Claims.AutomaticClaims);
        nb.Markdown("""
            Then the analyst's claims from `claims.json`: a one-line statement each, and the op-ed spans it rests on
            (offsets into the raw file). These are the claims compared below; without a claim file the automatic ones are used.
            """);
        nb.Code(() => wb.Claims.AnalystClaims);
        nb.Markdown("""
            ## Claim × report

            Each cell is one claim against one report. Hover for the claim.
            """);
        nb.Code(() => ClaimCharts.RelationMatrix(wb.Claims.Compare()));
        nb.Code(() => wb.Claims.Compare().Relations);
        nb.Markdown("""
            ## The evidence

            The top three sentences of each report for each claim, with their BM25 score, how much of the claim's
            wording they cover, their stance cues, and their offsets in the report's raw text.
            """);
        nb.Code(() => wb.Claims.Compare().Evidence.Where(e => e.Rank <= 3));
        nb.Markdown("""
            ## How good is it?

            The team read the seeds and wrote down, for every analyst claim and report, the relation and the sentences
            that show it (`claims-gold.json`, which the corpus declares in `corpus.json` as its `"gold"` file). **Evidence recall@3** is the share of a pair's
            gold sentences found among the top three (out of at most three), averaged over pairs that have evidence;
            **label accuracy** is the share of pairs labelled as the team labelled them. A corpus without a gold file
            shows no figures here.
            """);
        nb.Code(() => wb.Claims.Scores());
        nb.Code(() => wb.Claims.Judgements());
        nb.Markdown("""
            ## Summary

            Written from the results above, not by hand:
            """);
        nb.Code(() => ClaimSummaryMarkdown.Render(wb.Claims.Summary()));
    }
}
