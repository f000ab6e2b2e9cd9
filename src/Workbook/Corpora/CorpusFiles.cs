using System.Globalization;
using Humanizer;
using Workbook.Files;

namespace Workbook.Corpora;

/// <summary>
/// Where the files of a corpus folder really are. A file is read only when its real path (links resolved) lies inside
/// the real corpus folder, it is a regular file (not a FIFO or a device), and it is no larger than the limit.
/// </summary>
internal static class CorpusFiles
{
    /// <summary>Reads <paramref name="name"/> of <paramref name="folder"/> once it passes every check.</summary>
    /// <exception cref="CorpusException">The file is missing, leads outside the folder, is not a regular file, is too large, or is not valid text.</exception>
    public static string Read(string folder, string name, LoadSettings settings) => StrictText.Read(Check(folder, name, settings));

    /// <summary>The path of <paramref name="name"/> inside <paramref name="folder"/>, checked.</summary>
    public static string Check(string folder, string name, LoadSettings settings)
    {
        var path = Path.Combine(folder, name);
        var info = new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null) throw new CorpusException(path, "does not exist");
        var real = RealPath(path);
        var root = Path.TrimEndingDirectorySeparator(RealPath(folder)) + Path.DirectorySeparatorChar;
        if (!real.StartsWith(root, StringComparison.Ordinal))
            throw new CorpusException(path, $"leads outside the corpus folder (to {real}); copy the file into the folder instead of linking to it");
        if (!FileKind.IsRegularFile(real)) throw new CorpusException(path, "is not a regular file (a FIFO, device or folder cannot be a corpus text)");
        var length = new FileInfo(real).Length;
        if (length > settings.MaxFileBytes)
            throw new CorpusException(path, $"is {length.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}, over the limit of {settings.MaxFileBytes.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)} (raise it with --max-file-size)");
        return real;
    }

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var inParent = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo entry = Directory.Exists(inParent) ? new DirectoryInfo(inParent) : new FileInfo(inParent);
        if (entry.LinkTarget is null) return inParent;
        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? inParent : RealPath(target.FullName);
    }
}
