using System.Diagnostics;
using Workbook.Tests.Support;

namespace Workbook.Tests.Cli;

/// <summary>The <c>workbook</c> .NET tool, packed and installed as a user would, renders a corpus outside the repository.</summary>
public class ToolPackageTests
{
    private static (int Code, string Out, string Err) Run(string file, string? workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_renders_a_corpus_anywhere()
    {
        using var folder = new TempFolder();
        var (packages, tools, texts, output) = (Path.Combine(folder.Path, "packages"), Path.Combine(folder.Path, "tools"), Path.Combine(folder.Path, "texts"), Path.Combine(folder.Path, "out"));
        Directory.CreateDirectory(texts);
        foreach (var seed in Directory.GetFiles(Repository.Seeds, "00*.txt").Order(StringComparer.Ordinal).Take(3)) File.Copy(seed, Path.Combine(texts, Path.GetFileName(seed)));
        // A package cache of its own, so the install reads this package and not one cached by an earlier install.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(folder.Path, "nuget"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };

        var pack = Run("dotnet", Repository.Root, environment, "pack", Path.Combine("src", "Workbook.Cli"), "-c", "Release", "--no-build", "-o", packages);
        Assert.True(pack.Code == 0, pack.Out + pack.Err);
        var install = Run("dotnet", folder.Path, environment, "tool", "install", "--tool-path", tools, "--add-source", packages, "workbook");
        Assert.True(install.Code == 0, install.Out + install.Err);

        var render = Run(Path.Combine(tools, "workbook"), Path.GetTempPath(), null, "render", "--corpus", texts, "--out", output, "--no-pictures");
        Assert.True(render.Code == 0, render.Err);
        Assert.Contains("rendered 6 notebooks", render.Out);
        Assert.True(File.Exists(Path.Combine(output, "notebooks", "06-the-answer.ipynb")));
        Assert.Contains("Plotly", File.ReadAllText(Path.Combine(output, "site", "02-vocabulary.html")));
        Assert.DoesNotContain("loads plotly.js from its CDN", render.Err);
    }
}
