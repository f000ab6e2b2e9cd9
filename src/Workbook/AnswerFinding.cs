namespace Workbook;

/// <summary>One sentence of the answer, written from results, with the result it comes from.</summary>
/// <param name="Topic">What the finding compares: vocabulary, voice, sourcing or claims.</param>
/// <param name="Sentence">The finding in one plain sentence (corpus words included; escape it for Markdown or HTML).</param>
/// <param name="Source">The result it is read from.</param>
public sealed record AnswerFinding(AnswerTopic Topic, string Sentence, AnswerSource Source);
