using Workbook.Text;

namespace Workbook.Actors;

/// <summary>One actor of a gazetteer.</summary>
/// <param name="Name">The canonical name every alias folds into.</param>
/// <param name="Kind">Person, state, organisation or outlet.</param>
/// <param name="Aliases">Every way the text may write it, the canonical name first.</param>
internal sealed record GazetteerEntry(string Name, ActorKind Kind, IReadOnlyList<string> Aliases);
