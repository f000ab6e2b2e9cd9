namespace Workbook.Charts;

/// <summary>The one place that decides how Workbook charts look: font, colours, margins, background.</summary>
public static class HouseStyle
{
    /// <summary>Font family used by every chart.</summary>
    public const string FontFamily = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

    /// <summary>Colours given to traces in turn (colour-blind-safe, after Okabe and Ito).</summary>
    public static readonly IReadOnlyList<string> Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>Colour for over-use in the target group (keyness) or for the op-ed side.</summary>
    public const string TargetColor = "#D55E00";

    /// <summary>Colour for over-use in the reference group or for the reports' side.</summary>
    public const string ReferenceColor = "#0072B2";

    /// <summary>Neutral colour for de-emphasised marks.</summary>
    public const string NeutralColor = "#9E9E9E";

    /// <summary>Default chart height in pixels.</summary>
    public const int DefaultHeight = 420;

    /// <summary>
    /// The house template: the layout every chart starts from. Chart functions leave these attributes unset, and
    /// the display applies the template once (<see cref="Apply"/>), so a figure from anywhere, ours or Plotly.NET's,
    /// looks the same.
    /// </summary>
    public static Layout Template { get; } = new()
    {
        Font = new Font(FontFamily, 13, "#222222"),
        ColorWay = Palette,
        PaperBackground = "#ffffff",
        PlotBackground = "#ffffff",
        Margin = new Margin(60, 30, 60, 60),
        Height = DefaultHeight,
    };

    /// <summary>
    /// <paramref name="figure"/> with each attribute of the <see cref="Template"/> it does not set itself, typed or by its
    /// plotly name in <see cref="Layout.Extra"/>.
    /// </summary>
    public static Figure Apply(Figure figure)
    {
        var layout = figure.Layout;
        bool Unset(object? typed, string plotlyName) => typed is null && layout.Extra?.ContainsKey(plotlyName) != true;
        return figure with
        {
            Layout = layout with
            {
                Font = Unset(layout.Font, "font") ? Template.Font : layout.Font,
                ColorWay = Unset(layout.ColorWay, "colorway") ? Template.ColorWay : layout.ColorWay,
                PaperBackground = Unset(layout.PaperBackground, "paper_bgcolor") ? Template.PaperBackground : layout.PaperBackground,
                PlotBackground = Unset(layout.PlotBackground, "plot_bgcolor") ? Template.PlotBackground : layout.PlotBackground,
                Margin = Unset(layout.Margin, "margin") ? Template.Margin : layout.Margin,
                Height = Unset(layout.Height, "height") ? Template.Height : layout.Height,
            },
        };
    }

    /// <summary>A stable colour for a document kind: op-ed and reports get the target and reference colours, others the palette.</summary>
    public static string ColorOfKind(string kind, IReadOnlyList<string> allKinds) => kind switch
    {
        "op-ed" => TargetColor,
        "news" => ReferenceColor,
        "commentary" => "#009E73",
        "unknown" => NeutralColor,
        _ => Palette[(allKinds.ToList().IndexOf(kind) + 3) % Palette.Count],
    };
}
