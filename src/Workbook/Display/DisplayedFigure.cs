using GenericChart = Plotly.NET.GenericChart;
using Workbook.Charts;

namespace Workbook.Display;

/// <summary>The one place a chart value becomes the figure that is shown: ours or Plotly.NET's, with the house template applied.</summary>
internal static class DisplayedFigure
{
    /// <summary>The figure to show for <paramref name="value"/>, in the house style; null when it is not a chart.</summary>
    public static Figure? Of(object? value) => value switch
    {
        Figure figure => HouseStyle.Apply(figure),
        GenericChart chart => HouseStyle.Apply(chart.ToFigure()),
        _ => null,
    };
}
