using System.ComponentModel;

namespace Workbook.Vocabulary;

/// <summary>How hard a document is to read, by two classic formulas.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Words">Word tokens counted.</param>
/// <param name="Sentences">Sentences counted.</param>
/// <param name="DifficultWords">Words not on the New Dale–Chall familiar list (inflections of familiar words and names count as familiar).</param>
/// <param name="FleschReadingEase">206.835 − 1.015·(words/sentences) − 84.6·(syllables/words): higher is easier.</param>
/// <param name="DaleChall">New Dale–Chall score: 0.1579·(difficult %) + 0.0496·(words/sentences), + 3.6365 above 5 % difficult; about 4.9 or less is easy, 9 and more college level.</param>
public sealed record ReadabilityRow(string DocumentId, int Words, int Sentences, [property: DisplayName("difficult words")] int DifficultWords,
    [property: DisplayName("Flesch reading ease")] double FleschReadingEase, [property: DisplayName("New Dale–Chall")] double DaleChall);
