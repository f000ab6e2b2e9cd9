using System.ComponentModel;
using Workbook.Text;

namespace Workbook.Actors;

/// <summary>One mention of an actor in a document's kept text.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Actor">The actor's canonical name ("Jane Doe" for "Doe").</param>
/// <param name="Kind">Person, state, organisation or outlet.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="InQuote">True when it lies inside a quotation.</param>
/// <param name="SentenceIndex">The sentence it is in.</param>
/// <param name="Start">UTF-16 start offset in the raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public sealed record ActorMentionRow(string DocumentId, string Actor, ActorKind Kind, string Text, [property: DisplayName("in quote")] bool InQuote, int SentenceIndex, int Start, int End);
