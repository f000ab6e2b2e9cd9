using System.Diagnostics;

namespace Workbook.Tests.Support;

/// <summary>Runs the built <c>workbook</c> command as its own process, for what only a process has: its locale, its signals, its limits.</summary>
public static class WorkbookProcess
{
    /// <summary>The command's assembly, built by the solution's build.</summary>
    public static string Assembly => Path.Combine(Repository.Root, "src", "Workbook.Cli", "bin", "Release", "net10.0", "Workbook.Cli.dll");

    /// <summary>A started process running <c>workbook</c> with <paramref name="args"/> and the extra <paramref name="environment"/> variables.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    /// <summary>Runs <c>workbook</c> to its end (a minute at most); returns its exit code and output.</summary>
    public static (int Code, string Out, string Err) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"workbook {string.Join(' ', args)} did not end within a minute");
        }
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
