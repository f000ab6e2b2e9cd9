using Workbook.Charts;

namespace Workbook.Actors.Charts;

/// <summary>Charts of the actors family.</summary>
public static class ActorCharts
{
    /// <summary>A heatmap of documents against the <paramref name="top"/> most mentioned actors, each cell the document's mentions.</summary>
    public static Figure Mentions(IReadOnlyList<ActorCountRow> counts, int top = 15)
    {
        var actors = counts.GroupBy(c => c.Actor).OrderByDescending(g => g.Sum(c => c.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(top).Select(g => g.Key).ToList();
        var documents = counts.Select(c => c.DocumentId).Distinct().ToList();
        var cell = counts.ToDictionary(c => (c.DocumentId, c.Actor), c => (double)c.Mentions);
        return CategoryHeatmap.Of("Who each document names (aliases folded)", documents, actors, (d, a) => cell.GetValueOrDefault((d, a)),
            "%{z}", "%{y}: %{x} named %{z} times<extra></extra>", Math.Max(300, 200 + 45 * documents.Count));
    }
}
