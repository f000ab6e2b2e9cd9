using System.Net;
using Workbook.Charts;

namespace Workbook.Display;

/// <summary>
/// Writes a figure as an HTML fragment: a div holding the static picture (when there is one), and a
/// script that replaces it with the interactive plotly.js chart wherever JavaScript runs. plotly.js is
/// taken from the page when present (the HTML site inlines it once), else through require.js or a
/// script element from <see cref="PlotlyScript"/>'s URL.
/// </summary>
internal static class FigureHtml
{
    /// <summary>The HTML for <paramref name="figure"/> in an element with id <paramref name="elementId"/>.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="elementId">A page-unique, deterministic element id.</param>
    /// <param name="picturePng">A PNG picture of the chart for readers without JavaScript, or null.</param>
    /// <param name="plotlyUrl">Where to load plotly.js from when the page has none.</param>
    public static string Render(Figure figure, string elementId, byte[]? picturePng, string plotlyUrl)
    {
        var id = WebUtility.HtmlEncode(elementId);
        var title = WebUtility.HtmlEncode(figure.TitleText);
        var height = figure.Layout.Height ?? HouseStyle.DefaultHeight;
        var fallback = picturePng is null
            ? $"<p class=\"workbook-chart-placeholder\">Chart: {title} (needs JavaScript)</p>"
            : $"<img alt=\"{title}\" src=\"data:image/png;base64,{Convert.ToBase64String(picturePng)}\" style=\"max-width:100%;height:auto\"/>";
        var json = FigureJson.Serialize(figure);
        var url = JsString(plotlyUrl);
        var amdUrl = JsString(plotlyUrl.EndsWith(".js", StringComparison.Ordinal) ? plotlyUrl[..^3] : plotlyUrl);
        return $$"""
            <div class="workbook-chart" id="{{id}}" style="width:100%;min-height:{{height}}px">{{fallback}}</div>
            <script type="text/javascript">
            (function () {
              var figure = {{json}};
              var target = document.getElementById({{JsString(elementId)}});
              var draw = function (Plotly) { target.innerHTML = ""; Plotly.newPlot(target, figure.data, figure.layout, figure.config); };
              if (window.Plotly) { draw(window.Plotly); return; }
              if (typeof window.requirejs === "function" && typeof window.requirejs.config === "function") {
                window.requirejs.config({ paths: { "workbook-plotly": {{amdUrl}} } });
                window.requirejs(["workbook-plotly"], draw);
                return;
              }
              window.workbookPlotly = window.workbookPlotly || new Promise(function (resolve, reject) {
                var script = document.createElement("script");
                script.src = {{url}};
                script.onload = function () { resolve(window.Plotly); };
                script.onerror = reject;
                document.head.appendChild(script);
              });
              window.workbookPlotly.then(draw);
            })();
            </script>
            """;
    }

    private static string JsString(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
