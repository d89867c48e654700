using Blog.Site.Config;
using Blog.Site.Content.Discovery;

namespace Blog.Site.Rendering.Sass;

/// <summary>
/// The <c>sass:</c> settings as jekyll-sass-converter 2.2.0 reads them: <c>style</c> (nested, expanded, compact,
/// compressed; <c>compact</c> when absent or unknown, its default for sassc), <c>line_comments</c>, <c>add_charset</c>
/// (what replaces the byte order mark libsass puts before compressed CSS with non-ASCII text), and the load paths
/// in its order: <c>load_paths</c> (globs, relative to the source), then <c>sass_dir</c> (default <c>_sass</c>, kept
/// inside the source as <c>Jekyll.sanitized_path</c> does), then the theme's <c>_sass</c>; only folders that exist.
/// </summary>
public sealed record SassOptions(string Source, string Style, bool LineComments, IReadOnlyList<string> LoadPaths, bool AddCharset = false)
{
    private static readonly string[] Styles = ["nested", "expanded", "compact", "compressed"];

    public static SassOptions From(SiteSettings settings)
    {
        var sass = settings.Values.GetValueOrDefault("sass") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        string style = (sass.GetValueOrDefault("style") as string ?? "").TrimStart(':');
        string sassDir = sass.GetValueOrDefault("sass_dir") is string { Length: > 0 } dir ? dir : "_sass";

        var paths = new List<string>();
        foreach (var path in UserLoadPaths(sass.GetValueOrDefault("load_paths")))
            paths.AddRange(Glob(settings.Source, path));
        paths.Add(Sanitized(settings.Source, sassDir));
        if (settings.Theme is { } theme) paths.Add(Path.Combine(theme, "_sass"));

        return new SassOptions(settings.Source, Styles.Contains(style) ? style : "compact",
            sass.GetValueOrDefault("line_comments") is true,
            paths.Distinct(StringComparer.Ordinal).Where(Directory.Exists).ToList(),
            sass.GetValueOrDefault("add_charset") is true);
    }

    /// <summary>Ruby's <c>Array(value)</c>: a list as it is, one value as a list of one, nothing as empty.</summary>
    private static IEnumerable<string> UserLoadPaths(object? value) => value switch
    {
        string one => [one],
        IEnumerable<object?> many => many.OfType<string>(),
        _ => [],
    };

    /// <summary><c>Dir.glob</c> from the source folder: a plain path as it is, a pattern matched against the source's folders.</summary>
    private static IEnumerable<string> Glob(string source, string pattern)
    {
        if (pattern.IndexOfAny(['*', '?', '[', '{']) < 0) return [Path.GetFullPath(Path.Combine(source, pattern))];
        if (Path.IsPathRooted(pattern)) return [];
        var glob = FnMatch.Create(pattern.TrimEnd('/'), starCrossesFolders: false);
        return Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories)
            .Where(folder => glob.IsMatch(Path.GetRelativePath(source, folder).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }

    /// <summary><c>Jekyll.sanitized_path</c>: a path that would climb out of the source is taken as a path inside it.</summary>
    private static string Sanitized(string source, string path)
    {
        var inside = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not ("." or ".."));
        return Path.Combine([source, .. inside]);
    }
}
