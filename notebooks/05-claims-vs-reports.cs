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
               words, with the topic's synonyms added (the corpus's own `synonyms.txt`, when it has one). A claim word
               the reports never use, and that has no synonym group, borrows its WordNet relatives at half weight
               (synonyms, derivations, and the hypernym of a one-sense noun: *automobile* → *car*). A sentence that
               carries a stance cue ranks a little higher, and so does one that follows a relevant sentence (reports
               carry an argument across sentences). Headlines are left out; they restate the body.
            2. **Relation**: the corpus's `cues.txt`, laid over the library's general discourse cues, may name the
               dispute's two frames and their cues; the claim and each of the report's top three sentences are placed in
               one of them, and negation flips a topic term ("no permit" is the other frame from "a permit"). Same
               frame: supports; opposite: contradicts; both: mixed; close sentences without a cue: discusses; no
               sentence close enough: not addressed. A corpus whose files name no frames is judged on close matches and
               negation alone. The cues that decided each label are shown beside it.

            **Whose view?** A sentence that reports someone's words, quoted or in indirect speech (*the minister had
            suggested the permit was not necessary*), is credited to its speaker. Each relation is given three
            ways: over all the evidence, on the report's **own voice** only, and on the views it **reports**.

            **What the method cannot do.** It reads words, not meaning: it misses paraphrase outside its synonym and
            cue lists and WordNet, cannot weigh sources, and credits speakers by rules of news writing that a long or
            unusual sentence defeats. Treat a label as a pointer to the sentences, not as a verdict; how often it is
            right is measured at the end of this chapter.
            """);
        nb.Markdown("""
            ## The claims

            First, what automation finds in the op-ed on its own, by reading how the argument is built. A text without
            headings and with a few real paragraphs is read as an essay: the **thesis** in the introduction (the
            sentence that takes a position, "I believe…", else its last), each body paragraph's claim (the
            **conclusion** it draws, "Therefore, …", else its **topic sentence**), a view the author answers ("Some
            people argue…" followed by "However, …") as a **rebuttal** against the thesis, and the **conclusion** that
            restates it. A text with headings, or a long one without, is divided into sections (by heading, or by
            lexical cohesion) and each section's best sentence is kept, scored by general cues only (evaluation words,
            rebuttal markers, predictions, negation, boosters less hedges, centrality in the section). `stance` says
            whether a claim is for the thesis or a view set against it.
            """);
        nb.Code(() => wb.Claims.AutomaticClaims);
        nb.Markdown("""
            Then the analyst's claims from `claims.json`: a one-line statement each, and the op-ed spans it rests on
            (offsets into the raw file). These are the claims compared below; without a claim file the automatic ones are used.
            """);
        nb.Code(() => wb.Claims.AnalystClaims);
        nb.Markdown("""
            ## Claim by claim

            For each claim: the op-ed's own words, then each report's label with the sentence that decided it (cue
            words in bold), its offsets in the report, and who says it.
            """);
        nb.Code(() => ClaimCardsMarkdown.Render(wb.Claims.Cards()));
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
            ## Read it in place

            The same comparison to read rather than count: the op-ed on the left with its claims marked, one report at a
            time on the right with the selected claim's evidence in the colour of the relation. Select a claim, a report
            or a sentence; a sentence's offsets show under the tabs. Where scripts do not run, the first claim and report
            show as marked text. The site has it as a page of its own, [the op-ed beside the reports](../site/compare.html),
            whose address names the selection so that a link shares the view.
            """);
        nb.Code(() => ArgumentReaderHtml.View(wb.Claims.Reader()));
        nb.Markdown("""
            ## How good is it?

            **On the analyst's gold.** A corpus may declare a gold file in `corpus.json` (`"gold"`): for every analyst
            claim and report, the relation and the sentences that show it. **Evidence recall@3** is the share of a pair's
            gold sentences found among the top three (out of at most three), averaged over pairs that have evidence;
            **label accuracy** is the share of pairs labelled as the gold labels them. A corpus without a gold file
            shows no figures here.
            """);
        nb.Code(() => wb.Claims.Scores());
        nb.Code(() => wb.Claims.Judgements());
        nb.Markdown("""
            Read such figures for what they are: a gold written by the people who tuned the method on the same texts is
            optimistic.

            **On real news the team did not write.** The same kind of rules, run as `workbook stance` over the
            FNC-1 development half (8,030 headline–body pairs the team did not write or label; the other, topic-disjoint
            half is kept for evaluation elsewhere). The figures below are shipped with the library and checked against a
            fresh run whenever the data is at hand. Published anchors on the full FNC-1 test set: the best systems reach
            a macro-F1 of about 0.58–0.60, with disagree F1 of about 0.1–0.2 (Hanselowski et al. 2018); a gradient-boosted
            model on hand features about 0.49. The settings were chosen on this same half, so these too are development
            figures, not a held-out result. For relatedness, the setting tuned most, two-fold cross-validation by body
            (chosen on one half of the bodies, measured on the other) gave a related/unrelated accuracy of 0.982 and 0.986.
            """);
        nb.Code(() => wb.Claims.StanceDevelopment().Where(f => !f.Measure.StartsWith("gold ", StringComparison.Ordinal)));
        nb.Code(() => wb.Claims.StanceDevelopment().Where(f => f.Measure.StartsWith("gold ", StringComparison.Ordinal)));
        nb.Markdown("""
            ## Summary

            Written from the results above, not by hand:
            """);
        nb.Code(() => ClaimSummaryMarkdown.Render(wb.Claims.Summary()));
    }
}
