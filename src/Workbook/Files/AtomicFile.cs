using System.Text;

namespace Workbook.Files;

/// <summary>Writes files so that a reader never sees half a file: write a temporary file beside the target, then move it into place.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no BOM) to <paramref name="path"/>, creating its folder.</summary>
    public static void WriteAllText(string path, string content) => WriteAllBytes(path, Utf8NoBom.GetBytes(content));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Lets <paramref name="write"/> fill a temporary file beside <paramref name="path"/>, then moves it into place.</summary>
    /// <exception cref="IOException">The file cannot be written whole (a full disk, a file-size limit); the earlier file is as it was.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // How .NET reports EFBIG: the write went past a file-size limit (ulimit -f) or the file system's largest file.
            throw new IOException($"{path}: cannot be written whole: it is larger than this system lets a file grow (a file-size limit such as ulimit -f, or the file system's own)", e);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
