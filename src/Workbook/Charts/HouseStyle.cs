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

    /// <summary>Applies the house font, colours, background and margins where the figure has none of its own.</summary>
    public static Figure Apply(Figure figure) => figure with
    {
        Layout = figure.Layout with
        {
            Font = figure.Layout.Font ?? new Font(FontFamily, 13, "#222222"),
            ColorWay = figure.Layout.ColorWay ?? Palette,
            PaperBackground = figure.Layout.PaperBackground ?? "#ffffff",
            PlotBackground = figure.Layout.PlotBackground ?? "#ffffff",
            Margin = figure.Layout.Margin ?? new Margin(60, 30, 60, 60),
            Height = figure.Layout.Height ?? DefaultHeight,
        },
    };

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
