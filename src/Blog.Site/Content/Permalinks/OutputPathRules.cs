using System.Text;

namespace Blog.Site.Content.Permalinks;

/// <summary>
/// What makes an output path writable inside the destination: relative, no <c>.</c>/<c>..</c> or empty segments,
/// no NUL, names and the whole path within what Linux file systems hold. Checked before anything is written, so a
/// hostile permalink is an error at its line instead of an exception from the file system halfway through a build.
/// </summary>
public static class OutputPathRules
{
    /// <summary>NAME_MAX of ext4, tmpfs and the other usual file systems, in bytes.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Well under PATH_MAX (4096), leaving room for the destination folder's own path.</summary>
    public const int MaxPathBytes = 2048;

    /// <returns>Why <paramref name="outputPath"/> (relative, <c>/</c>-separated) cannot be written, or null when it can.</returns>
    public static string? Problem(string outputPath)
    {
        if (outputPath.Length == 0) return "the output path is empty";
        if (outputPath.Contains('\0')) return $"the output path '{Printable(outputPath)}' contains a NUL character, which no file name can hold";
        if (Encoding.UTF8.GetByteCount(outputPath) > MaxPathBytes)
            return $"the output path '{Printable(outputPath)[..60]}...' is longer than {MaxPathBytes} bytes";
        foreach (var segment in outputPath.Split('/'))
        {
            if (segment is "" or "." or "..")
                return $"the output path '{Printable(outputPath)}' has an empty, '.' or '..' part: it must name a file inside the destination";
            if (Encoding.UTF8.GetByteCount(segment) > MaxNameBytes)
                return $"the output path '{Printable(outputPath)[..60]}...' has a name longer than {MaxNameBytes} bytes, more than file systems allow";
        }
        return null;
    }

    /// <summary>
    /// Whether an author's permalink climbs with a <c>..</c> segment (also percent-encoded). Jekyll silently drops
    /// such segments; a permalink written that way is an attempt to leave the site, so it is refused instead.
    /// </summary>
    public static bool Climbs(string permalink) =>
        UrlPath.Unescape(permalink).Replace('\\', '/').Split('/').Any(segment => segment.Trim() == "..");

    private static string Printable(string text) => text.Replace("\0", "\\0");
}
