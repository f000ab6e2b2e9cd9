namespace Workbook.Display;

/// <summary>The plotly.js build Workbook draws with: the npm package version and its CDN address for notebooks.</summary>
internal static class PlotlyScript
{
    /// <summary>The plotly.js version pinned in src/Workbook.Cli/package.json.</summary>
    public const string Version = "3.7.0";

    /// <summary>Where notebooks load plotly.js from when the page has none.</summary>
    public static string CdnUrl => $"https://cdn.plot.ly/plotly-{Version}.min.js";
}
