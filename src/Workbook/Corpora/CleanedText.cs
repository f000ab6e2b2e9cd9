namespace Workbook.Corpora;

/// <summary>What cleaning made of one raw text: the article's blocks in order, and every removed line.</summary>
/// <param name="Blocks">Kept spans: headings, body paragraphs and list items.</param>
/// <param name="Removals">Each removed line with its reason.</param>
internal sealed record CleanedText(IReadOnlyList<TextBlock> Blocks, IReadOnlyList<Removal> Removals);
