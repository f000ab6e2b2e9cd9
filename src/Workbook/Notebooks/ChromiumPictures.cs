using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Workbook.Charts;

namespace Workbook.Notebooks;

/// <summary>
/// Makes PNG pictures of figures with headless Chromium and plotly.js: one browser run draws every
/// requested figure on one page, turns each into a PNG with <c>Plotly.toImage</c>, and writes them into
/// the DOM, which <c>--dump-dom</c> hands back. Nothing is fetched from the network.
/// </summary>
public sealed class ChromiumPictures(string chromiumPath, string plotlyScriptPath) : IPictureSource
{
    /// <summary>Width in pixels of pictures of figures that have no width of their own.</summary>
    public const int DefaultWidth = 900;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Finds Chromium: <c>WORKBOOK_CHROMIUM</c>, then chromium or chromium-browser on PATH; null when there is none.</summary>
    public static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("WORKBOOK_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }

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
            var dom = RunChromium(work.FullName, page);
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

    private string RunChromium(string workDir, string page)
    {
        var start = new ProcessStartInfo(chromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--allow-file-access-from-files", $"--user-data-dir={Path.Combine(workDir, "profile")}",
            "--virtual-time-budget=60000", "--run-all-compositor-stages-before-draw", "--dump-dom",
            new Uri(page).AbsoluteUri,
        }) start.ArgumentList.Add(argument);
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(workDir, "config");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(workDir, "cache");
        start.Environment["HOME"] = workDir;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {chromiumPath}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{chromiumPath} did not finish drawing pictures within {Timeout.TotalMinutes} minutes");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{chromiumPath} exited with code {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
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
