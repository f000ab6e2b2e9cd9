namespace Workbook.Charts;

/// <summary>A plotly heatmap: a matrix of values with labelled rows and columns.</summary>
public sealed record HeatmapTrace : Trace
{
    /// <inheritdoc />
    public override string Type => "heatmap";
    /// <summary>Rows of values; Z[i][j] is drawn at (X[j], Y[i]).</summary>
    public IReadOnlyList<IReadOnlyList<double>>? Z { get; init; }
    /// <summary>Column labels.</summary>
    public IReadOnlyList<string>? X { get; init; }
    /// <summary>Row labels.</summary>
    public IReadOnlyList<string>? Y { get; init; }
    /// <summary>The colour scale values are mapped through.</summary>
    public ColorScale? ColorScale { get; init; }
    /// <summary>Lower end of the colour range.</summary>
    public double? ZMin { get; init; }
    /// <summary>Upper end of the colour range.</summary>
    public double? ZMax { get; init; }
    /// <summary>Label each cell with its value, using plotly's texttemplate, e.g. "%{z:.2f}".</summary>
    public string? TextTemplate { get; init; }
}
