namespace Workbook.Text;

/// <summary>What kind of actor a mention names.</summary>
public enum ActorKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>A state, or its capital standing for its government.</summary>
    State,
    /// <summary>An international organisation or a government body.</summary>
    Organisation,
    /// <summary>A news outlet.</summary>
    Outlet,
}
