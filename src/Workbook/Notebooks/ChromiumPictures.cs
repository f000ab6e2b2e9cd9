using System.Net;
using System.Text.Json;
using Workbook.Charts;

namespace Workbook.Notebooks;

/// <summary>
/// Makes PNG pictures of figures with headless Chromium and plotly.js: one browser run draws every
/// requested figure on one page, turns each into a PNG with <c>Plotly.toImage</c>, and writes them into
/// the DOM, which <c>--dump-dom</c> hands back. Nothing is fetched from the network.
/// </summary>
internal sealed class ChromiumPictures(string chromiumPath, string plotlyScriptPath) : IPictureSource
{
    /// <summary>Width in pixels of pictures of figures that have no width of their own.</summary>
    public const int DefaultWidth = 900;

    /// <summary>The time Chromium gets for one batch: a minute to start and load plotly.js, plus two seconds a chart.</summary>
    public static TimeSpan TimeBudget(int charts) => TimeSpan.FromSeconds(60 + 2 * charts);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, byte[]> Pictures(IReadOnlyList<PictureRequest> requests)
    {
        var unique = requests.DistinctBy(r => r.Key).ToList();
        if (unique.Count == 0) return new Dictionary<string, byte[]>();
        var work = Directory.CreateTempSubdirectory("workbook-pictures-");
        try
        {
            var page = Path.Combine(work.FullName, "pictures.html");
            File.WriteAllText(page, Page(unique));
            var dom = HeadlessChromium.DumpDom(chromiumPath, page, TimeBudget(unique.Count));
            return Parse(dom);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private string Page(IReadOnlyList<PictureRequest> requests)
    {
        var items = string.Join(",\n", requests.Select(r =>
            $"{{\"key\":\"{r.Key}\",\"width\":{r.Figure.Layout.Width ?? DefaultWidth},\"height\":{r.Figure.Layout.Height ?? HouseStyle.DefaultHeight},\"figure\":{FigureJson.Serialize(r.Figure)}}}"));
        var plotly = new Uri(Path.GetFullPath(plotlyScriptPath)).AbsoluteUri;
        return $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><script src="{{plotly}}"></script></head>
            <body>
            <script>
            (async function () {
              var requests = [{{items}}];
              var out = {};
              var report = document.createElement("pre");
              report.id = "workbook-pictures";
              try {
                for (var i = 0; i < requests.length; i++) {
                  var r = requests[i];
                  var div = document.createElement("div");
                  document.body.appendChild(div);
                  var layout = Object.assign({}, r.figure.layout, { width: r.width, height: r.height });
                  await Plotly.newPlot(div, r.figure.data, layout, { staticPlot: true });
                  out[r.key] = await Plotly.toImage(div, { format: "png", width: r.width, height: r.height, scale: 1 });
                  Plotly.purge(div);
                  div.remove();
                }
                report.textContent = JSON.stringify(out);
              } catch (e) {
                report.textContent = JSON.stringify({ error: String(e) });
              }
              document.body.appendChild(report);
            })();
            </script>
            </body></html>
            """;
    }

    private static Dictionary<string, byte[]> Parse(string dom)
    {
        const string open = "<pre id=\"workbook-pictures\">";
        var start = dom.IndexOf(open, StringComparison.Ordinal);
        var end = start < 0 ? -1 : dom.IndexOf("</pre>", start, StringComparison.Ordinal);
        if (start < 0 || end < 0) throw new InvalidOperationException("Chromium returned no pictures (plotly.js did not run)");
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(dom[(start + open.Length)..end]));
        if (json.RootElement.TryGetProperty("error", out var error)) throw new InvalidOperationException($"plotly.js failed to draw: {error.GetString()}");
        var pictures = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            var url = property.Value.GetString() ?? "";
            var comma = url.IndexOf(',');
            pictures[property.Name] = Convert.FromBase64String(url[(comma + 1)..]);
        }
        return pictures;
    }
}
