namespace Workbook.Corpora;

/// <summary>What a corpus's own file does to a lexicon the library ships.</summary>
public enum LexiconOverlay
{
    /// <summary>The library's lexicon is used as it is; a corpus cannot change it.</summary>
    None,
    /// <summary>The corpus's file, when present, is used instead of the library's lexicon.</summary>
    Replaces,
    /// <summary>The corpus's file, when present, is laid over the library's lexicon: its entries join or override the library's.</summary>
    Extends,
}
