using System.ComponentModel;
using Workbook.Text;

namespace Workbook.Rhetoric;

/// <summary>How often a document uses one category of marker in the author's own voice.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Category">The marker category.</param>
/// <param name="Count">Markers outside reported speech.</param>
/// <param name="AuthorWords">Word and number tokens outside reported speech.</param>
/// <param name="PerThousand">Count per 1,000 author words.</param>
public sealed record StanceRateRow(string DocumentId, StanceMarkerCategory Category, int Count,
    [property: DisplayName("author words")] int AuthorWords, [property: DisplayName("per 1,000 words")] double PerThousand);
