namespace Workbook.Corpora;

/// <summary>One document with its size and readability.</summary>
/// <param name="Id">Document id.</param>
/// <param name="File">File name in the corpus folder.</param>
/// <param name="Title">Headline or the analyst's title.</param>
/// <param name="Kind">op-ed, news, commentary, …</param>
/// <param name="Outlet">Publication, where known.</param>
/// <param name="Paragraphs">Number of kept paragraphs (headings and list items included).</param>
/// <param name="Sentences">Number of sentences.</param>
/// <param name="Words">Number of word and number tokens.</param>
/// <param name="ReadingTime">Words at <see cref="Readability.WordsPerMinute"/> words a minute.</param>
/// <param name="FleschReadingEase">206.835 − 1.015·(words/sentences) − 84.6·(syllables/words).</param>
public sealed record DocumentRow(string Id, string File, string Title, string Kind, string? Outlet, int Paragraphs, int Sentences, int Words, TimeSpan ReadingTime, double FleschReadingEase);
