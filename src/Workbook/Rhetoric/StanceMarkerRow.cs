using System.ComponentModel;
using Workbook.Text;

namespace Workbook.Rhetoric;

/// <summary>One stance or engagement marker found in a document.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Category">Hedge, booster, attitude, self-mention, engagement, negation or modal.</param>
/// <param name="Term">The marker as written in the text ("question" for a direct question).</param>
/// <param name="InQuote">True when it lies inside a quotation (speech or term).</param>
/// <param name="InSpeech">True when it lies inside reported speech, so it is not the author's voice.</param>
/// <param name="SentenceIndex">The sentence it is in.</param>
/// <param name="Start">UTF-16 start offset in the raw text.</param>
/// <param name="End">UTF-16 end offset (exclusive).</param>
public sealed record StanceMarkerRow(string DocumentId, StanceMarkerCategory Category, string Term,
    [property: DisplayName("in quote")] bool InQuote, [property: DisplayName("in speech")] bool InSpeech, int SentenceIndex, int Start, int End);
