namespace Workbook.Tone;

/// <summary>VADER's word lists, looked up by a span of text, for a scorer that reads words as slices of a sentence.</summary>
internal sealed class VaderSpanLookups(Dictionary<string, double> valence, HashSet<string> negations, Dictionary<string, double> boosters,
    HashSet<string> idiomFirstWords, HashSet<string> phrasalBoosterFirstWords)
{
    public Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Valence { get; } = valence.GetAlternateLookup<ReadOnlySpan<char>>();
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations { get; } = negations.GetAlternateLookup<ReadOnlySpan<char>>();
    public Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Boosters { get; } = boosters.GetAlternateLookup<ReadOnlySpan<char>>();
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IdiomFirstWords { get; } = idiomFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhrasalBoosterFirstWords { get; } = phrasalBoosterFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
