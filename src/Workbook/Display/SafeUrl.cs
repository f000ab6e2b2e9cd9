namespace Workbook.Display;

/// <summary>Which link addresses our HTML may carry: http:, https:, mailto: and relative ones; never javascript:, vbscript:, data: or any other scheme.</summary>
internal static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>True when <paramref name="url"/> is relative or uses an allowed scheme, read as a browser reads it (control characters and white space ignored, any case).</summary>
    public static bool IsAllowed(string url)
    {
        var compact = new string(url.Where(c => c > ' ' && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0) return true;
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon) return true;
        var scheme = compact[..colon];
        return AllowedSchemes.Any(s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
