namespace Workbook.Claims;

/// <summary>One WordNet synset: a set of words that share a sense, with its relations and gloss.</summary>
/// <param name="Class">Its word class.</param>
/// <param name="Offset">Its byte offset in the data file, WordNet's identifier for it.</param>
/// <param name="Words">Its words in WordNet's order and spelling (capitalised for proper senses), with spaces for underscores and adjective markers ("(a)") dropped.</param>
/// <param name="Pointers">Its relations.</param>
/// <param name="Gloss">Its definition and examples.</param>
internal sealed record WordNetSynset(WordClass Class, long Offset, IReadOnlyList<string> Words, IReadOnlyList<WordNetPointer> Pointers, string Gloss);
