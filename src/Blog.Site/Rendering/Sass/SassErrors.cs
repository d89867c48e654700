using System.Text.RegularExpressions;
using Blog.Site.Content;
using Blog.Site.Diagnostics;

namespace Blog.Site.Rendering.Sass;

/// <summary>
/// Reads libsass's error report (<c>Error: MESSAGE</c>, then <c>on line L[:C] of PATH</c>, then the import chain) into
/// an error at that place: <c>stdin</c> is the stylesheet itself (its lines counted from after the front matter), any
/// other path is a partial, named relative to the source when it lies there.
/// </summary>
internal static partial class SassErrors
{
    public static StylesheetException Parse(string report, int exitCode, Document document, string source)
    {
        var lines = report.Replace("\r", "").Split('\n');
        var at = Array.FindIndex(lines, l => OnLine().IsMatch(l));
        var message = string.Join(" ", lines.Take(at < 0 ? lines.Length : at).Select(l => l.Trim()).Where(l => l.Length > 0));
        if (message.StartsWith("Error: ", StringComparison.Ordinal)) message = message["Error: ".Length..];
        if (message.Length == 0) message = $"the Sass compiler failed (exit code {exitCode})";
        if (at < 0) return new StylesheetException(document.Position(1, 1), "Sass: " + message);

        var match = OnLine().Match(lines[at]);
        int line = int.Parse(match.Groups["line"].Value);
        int column = match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0;
        string path = match.Groups["path"].Value;
        var position = path == "stdin"
            ? document.Position(line, column)
            : new SourcePosition(Named(path, source), line, column);
        return new StylesheetException(position, "Sass: " + message);
    }

    private static string Named(string path, string source)
    {
        var full = Path.GetFullPath(Path.Combine(source, path));
        var relative = Path.GetRelativePath(source, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }

    [GeneratedRegex(@"^\s*on line (?<line>\d+)(?::(?<column>\d+))? of (?<path>.+?)\s*$")]
    private static partial Regex OnLine();
}
