namespace Workbook.Claims;

/// <summary>A relation from a WordNet synset, or from one of its words, to another synset or word.</summary>
/// <param name="Symbol">WordNet's pointer symbol: "!" antonym, "@" hypernym, "~" hyponym, "+" derivationally related form, "&amp;" similar to, ….</param>
/// <param name="Class">The word class of the target synset.</param>
/// <param name="Offset">The target synset's byte offset in its data file.</param>
/// <param name="Source">The 1-based word of this synset the relation starts from, or 0 for the whole synset.</param>
/// <param name="Target">The 1-based word of the target synset it leads to, or 0 for the whole synset.</param>
internal sealed record WordNetPointer(string Symbol, WordClass Class, long Offset, int Source, int Target)
{
    /// <summary>Antonym (lexical: word to word).</summary>
    public const string Antonym = "!";
    /// <summary>Hypernym: the more general concept.</summary>
    public const string Hypernym = "@";
    /// <summary>Derivationally related form (lexical: decide ↔ decision, approve ↔ approval).</summary>
    public const string Derivation = "+";
}
