namespace Workbook.Text;

/// <summary>Gives each distinct token norm an integer id.</summary>
internal interface INormInterner
{
    /// <summary>The id of <paramref name="norm"/>, added when new.</summary>
    int Intern(ReadOnlySpan<char> norm);
}
