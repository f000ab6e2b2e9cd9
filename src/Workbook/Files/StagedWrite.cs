using System.Diagnostics;
using System.Globalization;

namespace Workbook.Files;

/// <summary>
/// Writes a set of files whole or not at all: each target folder gets a staging folder beside it (same file system),
/// everything is written there, and only <see cref="Commit"/> moves it into place, each staged file replacing its
/// namesake. Files of the target that the set does not write (an analyst's own images, an extra page) stay. A run that
/// fails before <see cref="Commit"/> leaves the earlier set as it was; <see cref="Dispose"/> removes what was staged, and
/// a new staging folder first removes those that runs which have since died left behind.
/// </summary>
internal sealed class StagedWrite : IDisposable
{
    private readonly List<(string Staging, string Target, IReadOnlyCollection<string> Replaces)> _folders = [];

    /// <summary>
    /// A new, empty staging folder for <paramref name="target"/>. On commit, a name in <paramref name="replaces"/> that
    /// this set did not write is removed from the target, so an earlier run's file of that name cannot be read as this run's.
    /// </summary>
    /// <exception cref="IOException">A file stands where the target folder should be.</exception>
    public string Folder(string target, IReadOnlyCollection<string>? replaces = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (File.Exists(full)) throw new IOException($"{full} is a file, where a folder of the output should be");
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"{full} is the root of the file system, which cannot hold the output");
        var prefix = $".{Path.GetFileName(full)}.staging-";
        RemoveAbandoned(parent, prefix);
        var staging = Path.Combine(parent, prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        _folders.Add((staging, full, replaces ?? []));
        return staging;
    }

    /// <summary>Moves every staged folder's content into its target.</summary>
    public void Commit()
    {
        foreach (var (staging, target, replaces) in _folders)
        {
            Directory.CreateDirectory(target);
            var written = Directory.GetFiles(staging).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(staging).Order(StringComparer.Ordinal))
                File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            foreach (var name in replaces.Where(n => !written.Contains(n)))
                File.Delete(Path.Combine(target, name));
            Directory.Delete(staging, recursive: true);
        }
        _folders.Clear();
    }

    /// <summary>Removes whatever is still staged.</summary>
    public void Dispose()
    {
        foreach (var (staging, _, _) in _folders) TryDelete(staging);
        _folders.Clear();
    }

    /// <summary>Staging folders of runs whose process is gone: a killed run cannot clean up after itself.</summary>
    private static void RemoveAbandoned(string parent, string prefix)
    {
        if (!Directory.Exists(parent)) return;
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var owner = Path.GetFileName(folder)[prefix.Length..].Split('.')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
                TryDelete(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
