using Blog.Site.Diagnostics;

namespace Blog.Site.Rendering.Layouts;

/// <summary>Where a front matter key is written, for errors about its value (records keep values, not positions).</summary>
internal static class FrontMatterPosition
{
    public static SourcePosition Of(string relativePath, string? fullPath, string key)
    {
        if (fullPath is null || !File.Exists(fullPath)) return new SourcePosition(relativePath, 1, 1);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(fullPath))
        {
            lineNumber++;
            if (line.StartsWith(key + ":", StringComparison.Ordinal)) return new SourcePosition(relativePath, lineNumber, 1);
            if (lineNumber > 1 && line.TrimEnd() == "---") break;
        }
        return new SourcePosition(relativePath, 1, 1);
    }
}
