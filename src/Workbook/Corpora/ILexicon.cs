namespace Workbook.Corpora;

/// <summary>A lexicon declaration, whatever the type it reads into: what the library ships and which corpus file changes it.</summary>
public interface ILexicon
{
    /// <summary>What the lexicon is, in a few words, for documentation and messages.</summary>
    string Name { get; }

    /// <summary>The file in a corpus folder that replaces or extends the library's lexicon; null when a corpus cannot change it.</summary>
    string? CorpusFileName { get; }

    /// <summary>What the corpus's file does to the library's lexicon.</summary>
    LexiconOverlay Overlay { get; }
}
