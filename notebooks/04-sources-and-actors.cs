using Workbook.Actors.Charts;
using Workbook.Notebooks;
using Workbook.Text;

namespace Workbook.Chapters;

/// <summary>Chapter 4: who speaks in each text — quotations, their sources, named or not, the outlets that relayed them — and who is named.</summary>
public sealed class SourcesChapter : IChapter
{
    /// <inheritdoc />
    public string Name => "04-sources-and-actors";

    /// <inheritdoc />
    public string Title => "4. Sources and actors: who speaks, and who is spoken of";

    /// <inheritdoc />
    public void Write(NotebookBuilder nb, CorpusWorkbook wb)
    {
        nb.Markdown("""
            # 4. Sources and actors: who speaks, and who is spoken of

            A report's central claim is only as strong as the sources behind it. This chapter finds every quotation,
            attributes reported speech to its source with general rules of news writing, and says whether the source is
            named. `wb.Sources` holds this family.

            The rules: in the quotation's sentence, outside the quoted words, a reporting verb's subject is the source
            (*a senior source **acknowledged** that…*); the phrase after it is the source when the verb is passive
            (*described **by** X as…*) or follows the quotation (*“…,” said X*); *who*, *he* or *she* stand for the nearest
            name before them; *according to*, *cited by* and *reported by* name the outlet that relayed the words. When the
            sentence has no attribution, a next sentence that points back (*The source added…*) can supply it. A source
            whose head noun is *source*, *official*, *diplomat* or the like, and that holds no two-word name, is unnamed.
            The cue lists are general (`src/Workbook/Data/discourse-cues.txt`); a corpus's `cues.txt` can add to them.
            """);
        nb.Markdown("""
            ## Every quotation and its source

            Terms (scare quotes) have no source by definition; speech does, where the rules find one.
            """);
        nb.Code(() => wb.Sources.Quotes());
        nb.Markdown("""
            ## Who each document quotes

            One row per document and speaker, named or unnamed, and the outlet that relayed the words. A claim that rests
            on unnamed sources relayed by one outlet is weaker than one that named voices confirm.
            """);
        nb.Code(() => wb.Sources.Who());
        nb.Markdown("""
            ## How much of each text is attributed

            The share of sentences that carry a reporting or relay cue. Reporting attributes; opinion asserts.
            """);
        nb.Code(() => wb.Sources.Attributed());
        nb.Markdown("""
            ## Actors: who is named

            `wb.Actors` finds people, states, organisations and outlets. States, organisations and outlets come from a
            general gazetteer (`src/Workbook/Data/actors.txt`), each alias folded into one name (a capital stands for its
            government, as news writing uses it). People come from the
            text itself: capitalised words after a title (*Prime Minister Jane Smith*) name a person, whose full
            name and surname then count anywhere in the corpus. A corpus's own `actors.txt` adds or overrides entries.
            Removed page chrome is never read.
            """);
        nb.Code(() => ActorCharts.Mentions(wb.Actors.Counts()));
        nb.Code(() => wb.Actors.Counts().Where(c => c.Kind == ActorKind.Person || c.Kind == ActorKind.Outlet));
        nb.Markdown("""
            Actors named in the same sentence, across the corpus: who is set against whom.
            """);
        nb.Code(() => wb.Actors.CoOccurrence().Top(15));
    }
}
