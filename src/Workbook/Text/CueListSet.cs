namespace Workbook.Text;

/// <summary>Which of several cue lists may have a cue starting at a word (<see cref="CueStarts"/>); lists past the 32nd are always included.</summary>
/// <param name="Bits">Bit k set: list k may match.</param>
/// <param name="Beyond">True when there are lists past the 32nd, which are not told apart.</param>
internal readonly record struct CueListSet(int Bits, bool Beyond)
{
    /// <summary>True when no list may match.</summary>
    public bool IsEmpty => Bits == 0 && !Beyond;

    /// <summary>True when list <paramref name="list"/> may match.</summary>
    public bool Contains(int list) => list >= CueStarts.MaxLists ? Beyond : (Bits & (1 << list)) != 0;
}
