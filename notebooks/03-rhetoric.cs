using Workbook.Frames.Charts;
using Workbook.Notebooks;
using Workbook.Tone.Charts;
using Workbook.Rhetoric.Charts;
using Workbook.Text;

namespace Workbook.Chapters;

/// <summary>Chapter 3: how each text speaks — who is quoted, and the author's own stance and engagement markers.</summary>
public sealed class RhetoricChapter : IChapter
{
    /// <inheritdoc />
    public string Name => "03-rhetoric";

    /// <inheritdoc />
    public string Title => "3. Rhetoric: the author's voice against quoted voices";

    /// <inheritdoc />
    public void Write(NotebookBuilder nb, CorpusWorkbook wb)
    {
        nb.Markdown("""
            # 3. Rhetoric: the author's voice against quoted voices

            An op-ed and a news report can share a topic and still differ in how they speak. Opinion writing commits
            (*clearly*, *in fact*), speaks in the first person, addresses the reader, asks questions and gives orders.
            Reporting hedges (*reportedly*, *likely*) and lets other people speak, in quotation marks. This chapter
            measures both, word by word, so each difference can be traced to the text.

            `wb.Rhetoric` holds this family. Its markers follow the categories of Hyland's metadiscourse model (2005):
            hedges, boosters, attitude markers, self-mentions and engagement markers, with negation and the modal verbs
            beside them. The word lists are `src/Workbook/Data/stance-markers.txt`, written for this project; a corpus
            may replace them with its own `markers.txt`.
            """);
        nb.Markdown("""
            ## Quotations: speech and terms

            Every stretch in quotation marks, curly or straight, even when it runs across sentences. A quotation of at most
            four words with no reporting verb (*said*, *according to*, *described*…) outside it in its sentence is a
            **term** held at a distance — a scare quote such as “coalition of the willing”; anything else is **speech**:
            someone else's words. Words inside speech are not the author's voice, so they are left out of the rates below.
            """);
        nb.Code(() => wb.Rhetoric.Quotations().Where(q => q.DocumentId != wb.OpEd.Documents[0].Id));
        nb.Markdown("""
            The op-ed's own quotation marks, by kind: opinion writing often holds terms at a distance rather than
            letting others speak; compare the count of terms and of speech with the reports' above.
            """);
        nb.Code(() => wb.Rhetoric.Quotations().Where(q => q.DocumentId == wb.OpEd.Documents[0].Id).Top(12));
        nb.Markdown("""
            ## Stance and engagement in the author's voice

            Markers per 1,000 words of each author's own voice (words outside reported speech). A direct question counts
            as engagement, and so does an imperative (a sentence that opens with a base verb such as *Stop* or *Consider*).
            *US* written in capitals is the country, not the pronoun.
            """);
        nb.Code(() => RhetoricCharts.Rates(wb.Rhetoric.Rates()));
        nb.Code(() => wb.Rhetoric.Rates().Where(r => r.Category == StanceMarkerCategory.SelfMention || r.Category == StanceMarkerCategory.Engagement));
        nb.Markdown("""
            ## Opinion or reporting?

            One index places every document between opinion and reporting, from signals anyone can check: first person,
            reader address, questions, imperatives and boosters over hedges point to opinion; attributing what one says
            points to reporting. Each signal becomes a z-score across this corpus's documents, and the index is their mean
            (attribution counted against), so 0 is the corpus average. The table shows the numbers behind each bar.
            """);
        nb.Code(() => RhetoricCharts.Genre(wb.Rhetoric.Genre()));
        nb.Code(() => wb.Rhetoric.Genre());
        nb.Markdown("""
            ## Every marker, traceable

            Each marker with its offsets into the raw text and whether it lies in a quotation (any) or in reported speech.
            Here the first-person markers, with whether each stands in reported speech: an author's own *we* is a stance,
            a *we* inside someone's quoted words is theirs.
            """);
        nb.Code(() => wb.Rhetoric.Markers().Where(m => m.Category == StanceMarkerCategory.SelfMention));
        nb.Code(() => wb.Rhetoric.Markers().Where(m => m.Category == StanceMarkerCategory.Hedge && !m.InSpeech).Top(20));
        nb.Markdown("""
            ## Frames: what each text makes the question about

            A frame is the aspect of an issue a text emphasises. `wb.Frames` reads, sentence by sentence, the general
            dimensions of policy news adapted from the Media Frames Corpus codebook (Boydstun et al. 2014: economic,
            capacity and resources, morality, legality, policy, security and defence, political, external regulation and
            reputation, and so on; `src/Workbook/Data/frames.txt`), and the corpus's own topic frames from its
            `frames.txt`, when it has one. Each cell is the share of a document's sentences with a cue of that frame; a
            sentence can carry several frames.
            """);
        nb.Code(() => FrameCharts.Shares(wb.Frames.Shares()));
        nb.Markdown("""
            The cues behind the two frames that fill most of the op-ed's sentences, with their offsets:
            """);
        nb.Code(() => wb.Frames.Hits(wb.Frames.Leading(wb.OpEd, 2)).Top(20));
        nb.Markdown("""
            ## Tone

            `wb.Tone` scores every sentence with VADER (Hutto & Gilbert 2014), whose lexicon and rule data come from the npm
            package `vader-sentiment` (Apache-2.0): word valences, capitals for emphasis, boosters and dampeners, negation
            within three words, *but*, and exclamation marks. The compound score runs from −1 (most negative) to +1; VADER
            counts a sentence at or beyond ±0.05 as positive or negative. A grim topic reads negative on any side, so
            compare the texts with one another rather than with zero.
            """);
        nb.Code(() => ToneCharts.Sentences(wb.Tone.Sentences()));
        nb.Code(() => wb.Tone.Documents());
    }
}
