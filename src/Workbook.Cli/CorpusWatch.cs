namespace Workbook.Cli;

/// <summary>
/// Watches a corpus folder (texts, <c>corpus.json</c>, <c>claims.json</c>, lexicons, in subfolders too) and calls back once a
/// burst of changes has settled. Editors' temporary and hidden files, and the folders the render writes into, are ignored.
/// </summary>
public static class CorpusWatch
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    /// <summary>Blocks until <paramref name="cancel"/> fires, calling <paramref name="onChange"/> with the changed file's name (the last of a burst).</summary>
    public static void Run(string folder, IReadOnlyList<string> ignoredFolders, Action<string> onChange, CancellationToken cancel)
    {
        var ignored = ignoredFolders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar).ToList();
        var gate = new object();
        string? pending = null;
        var lastEvent = DateTime.MinValue;

        void Changed(string path)
        {
            var full = Path.GetFullPath(path);
            var name = Path.GetFileName(full);
            if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)) return;
            if (ignored.Any(f => full.StartsWith(f, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == f)) return;
            lock (gate) { pending = Path.GetRelativePath(folder, full); lastEvent = DateTime.UtcNow; }
        }

        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.EnableRaisingEvents = true;

        while (!cancel.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100)))
        {
            string? changed;
            lock (gate)
            {
                if (pending is null || DateTime.UtcNow - lastEvent < Settle) continue;
                (changed, pending) = (pending, null);
            }
            onChange(changed);
        }
    }
}
