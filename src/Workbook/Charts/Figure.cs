namespace Workbook.Charts;

/// <summary>A plotly.js figure: traces, layout and config. Serialise with <see cref="FigureJson"/>; show with the chart formatter.</summary>
/// <param name="Data">The traces, drawn in order.</param>
/// <param name="Layout">Titles, axes, sizes.</param>
public sealed record Figure(IReadOnlyList<Trace> Data, Layout Layout)
{
    /// <summary>plotly config: responsive, no logo, no edit.</summary>
    public FigureConfig Config { get; init; } = new();

    /// <summary>The title text, or "chart".</summary>
    public string TitleText => Layout.Title?.Text ?? "chart";
}

/// <summary>plotly config attributes.</summary>
/// <param name="Responsive">Resize with the container.</param>
/// <param name="DisplayLogo">Show the plotly logo in the mode bar.</param>
public sealed record FigureConfig(bool Responsive = true, bool DisplayLogo = false);
