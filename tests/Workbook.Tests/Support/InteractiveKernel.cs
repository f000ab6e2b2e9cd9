using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbook.Tests.Support;

/// <summary>
/// The real .NET Interactive kernel (the dotnet-interactive tool) over its stdio protocol: one JSON
/// command envelope a line in, kernel events a line out, until the command succeeds or fails.
/// </summary>
public sealed class InteractiveKernel : IAsyncDisposable
{
    private readonly Process _process;
    private int _submissions;

    private InteractiveKernel(Process process) => _process = process;

    /// <summary>The tool's executable: $WORKBOOK_DOTNET_INTERACTIVE, else .cache/dotnet-interactive (where .ci/run installs it), else null.</summary>
    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable("WORKBOOK_DOTNET_INTERACTIVE"), Path.Combine(Repository.Root, ".cache", "dotnet-interactive", "dotnet-interactive") }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    /// <summary>Starts a C# kernel whose working directory is <paramref name="workingDirectory"/>.</summary>
    public static InteractiveKernel Start(string executable, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in new[] { "stdio", "--default-kernel", "csharp", "--working-dir", workingDirectory }) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new InteractiveKernel(process);
    }

    /// <summary>Submits <paramref name="code"/> and waits for the kernel to finish it.</summary>
    /// <returns>The values the submission displayed or returned, in order, each as its formatted values by MIME type.</returns>
    /// <exception cref="InvalidOperationException">The kernel reported the command failed, or ended.</exception>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> SubmitAsync(string code, CancellationToken cancellation)
    {
        var token = $"workbook-{++_submissions}";
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" },
        };
        await _process.StandardInput.WriteLineAsync(envelope.ToJsonString().AsMemory(), cancellation);
        await _process.StandardInput.FlushAsync(cancellation);
        var values = new List<IReadOnlyDictionary<string, string>>();
        while (await _process.StandardOutput.ReadLineAsync(cancellation) is { } line)
        {
            if (!line.StartsWith('{')) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("eventType", out var type) || !root.TryGetProperty("command", out var command) || command.ValueKind != JsonValueKind.Object
                || command.GetProperty("token").GetString() != token) continue;
            switch (type.GetString())
            {
                case "ReturnValueProduced" or "DisplayedValueProduced":
                    values.Add(root.GetProperty("event").GetProperty("formattedValues").EnumerateArray()
                        .ToDictionary(v => v.GetProperty("mimeType").GetString()!, v => v.GetProperty("value").GetString()!));
                    break;
                case "CommandFailed":
                    throw new InvalidOperationException($"the kernel failed the cell:\n{code}\n{root.GetProperty("event").GetProperty("message").GetString()}");
                case "CommandSucceeded":
                    return values;
            }
        }
        throw new InvalidOperationException($"the kernel ended during the cell:\n{code}");
    }

    /// <summary>Closes the kernel's input and ends its process.</summary>
    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await _process.WaitForExitAsync(grace.Token); }
        catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        _process.Dispose();
    }
}
