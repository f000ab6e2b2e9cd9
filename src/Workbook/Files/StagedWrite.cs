namespace Workbook.Files;

/// <summary>
/// Writes a set of files whole or not at all: each target folder gets a staging folder beside it (same file system),
/// everything is written there, and only <see cref="Commit"/> moves it into place. A run that fails before then leaves
/// the earlier set as it was; <see cref="Dispose"/> removes what was staged.
/// </summary>
public sealed class StagedWrite : IDisposable
{
    private readonly List<(string Staging, string Target, bool Whole)> _folders = [];

    /// <summary>
    /// A new, empty staging folder for <paramref name="target"/>. With <paramref name="replaceWhole"/> the target folder is
    /// replaced by the staged one (files the new set lacks disappear); without, the staged files replace their namesakes.
    /// </summary>
    /// <exception cref="IOException">A file stands where the target folder should be.</exception>
    public string Folder(string target, bool replaceWhole)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (File.Exists(full)) throw new IOException($"{full} is a file, where a folder of the output should be");
        var staging = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        _folders.Add((staging, full, replaceWhole));
        return staging;
    }

    /// <summary>Moves every staged folder's content into its target.</summary>
    public void Commit()
    {
        foreach (var (staging, target, whole) in _folders)
        {
            if (whole)
            {
                var old = staging + ".old";
                if (Directory.Exists(target)) Directory.Move(target, old);
                Directory.Move(staging, target);
                if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
                continue;
            }
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(staging).Order(StringComparer.Ordinal))
                File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            Directory.Delete(staging, recursive: true);
        }
        _folders.Clear();
    }

    /// <summary>Removes whatever is still staged.</summary>
    public void Dispose()
    {
        foreach (var (staging, _, _) in _folders)
            try { if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        _folders.Clear();
    }
}
