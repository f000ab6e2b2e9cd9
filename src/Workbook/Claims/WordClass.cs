namespace Workbook.Claims;

/// <summary>The four word classes WordNet files its words under.</summary>
public enum WordClass
{
    /// <summary>Nouns (index.noun, data.noun).</summary>
    Noun,
    /// <summary>Verbs (index.verb, data.verb).</summary>
    Verb,
    /// <summary>Adjectives, satellites included (index.adj, data.adj).</summary>
    Adjective,
    /// <summary>Adverbs (index.adv, data.adv).</summary>
    Adverb,
}
