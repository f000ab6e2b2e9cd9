using System.Runtime.InteropServices;

namespace Workbook.Files;

/// <summary>What kind of file system entry a path names, so that a FIFO or a device is refused before it is opened (opening a FIFO would wait forever).</summary>
internal static class FileKind
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    /// <summary>True when <paramref name="path"/> (links followed) is a regular file; on systems without statx, true for anything that exists and is not a directory.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux()) return File.Exists(path);
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0) return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return File.Exists(path);
        }
        var mode = BitConverter.ToUInt16(buffer, 28);
        return (mode & TypeMask) == RegularFile;
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
