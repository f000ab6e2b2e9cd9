using System.Diagnostics;

namespace Workbook.Notebooks;

/// <summary>Debian's Chromium run headless, offline and without touching the home folder: loads a page, runs its scripts, returns the resulting DOM.</summary>
internal static class HeadlessChromium
{
    /// <summary>Chromium from WORKBOOK_CHROMIUM, else "chromium" or "chromium-browser" on PATH; null when there is none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("WORKBOOK_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The DOM of <paramref name="page"/> after its scripts ran, within <paramref name="timeout"/>.</summary>
    /// <exception cref="InvalidOperationException">Chromium could not start, failed, or did not finish in time.</exception>
    public static string DumpDom(string chromiumPath, string page, TimeSpan timeout) => Run(chromiumPath, page, timeout, _ => ["--dump-dom"]);

    /// <summary>A PNG of the top <paramref name="width"/> × <paramref name="height"/> CSS pixels of <paramref name="page"/> after its scripts ran.</summary>
    /// <exception cref="InvalidOperationException">Chromium could not start, failed, or did not finish in time.</exception>
    public static byte[] Screenshot(string chromiumPath, string page, int width, int height, TimeSpan timeout)
    {
        byte[]? picture = null;
        Run(chromiumPath, page, timeout,
            work => [$"--screenshot={Path.Combine(work, "screenshot.png")}", $"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1"],
            work => picture = File.Exists(Path.Combine(work, "screenshot.png")) ? File.ReadAllBytes(Path.Combine(work, "screenshot.png")) : null);
        return picture ?? throw new InvalidOperationException($"{chromiumPath} drew no screenshot of {Path.GetFileName(page)}");
    }

    private static string Run(string chromiumPath, string page, TimeSpan timeout, Func<string, string[]> action, Action<string>? collect = null)
    {
        var work = Directory.CreateTempSubdirectory("workbook-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--allow-file-access-from-files", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                $"--virtual-time-budget={(int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)}", "--run-all-compositor-stages-before-draw",
            }.Concat(action(work.FullName)).Append(new Uri(Path.GetFullPath(page)).AbsoluteUri)) start.ArgumentList.Add(argument);
            start.Environment["XDG_CONFIG_HOME"] = Path.Combine(work.FullName, "config");
            start.Environment["XDG_CACHE_HOME"] = Path.Combine(work.FullName, "cache");
            start.Environment["HOME"] = work.FullName;

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {chromiumPath}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{chromiumPath} did not finish {Path.GetFileName(page)} within {timeout.TotalSeconds:0} seconds");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"{chromiumPath} exited with code {process.ExitCode}: {stderr.Result}");
            collect?.Invoke(work.FullName);
            return stdout.Result;
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
