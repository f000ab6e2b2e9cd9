namespace Workbook.Corpora;

/// <summary>Limits on what a corpus folder may hand the loader.</summary>
/// <param name="MaxFileBytes">The largest file read, in bytes (default 100 MB); a larger one is refused.</param>
public sealed record LoadSettings(long MaxFileBytes = 100_000_000)
{
    /// <summary>The defaults.</summary>
    public static LoadSettings Default { get; } = new();
}
