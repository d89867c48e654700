using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>
/// Which theme a site builds with. A theme is only ever used when someone asked for it, as in Jekyll: a foreign
/// site with its own <c>_layouts</c> must not pick up this repository's look. In order:
/// <list type="number">
/// <item><c>--theme DIR</c> on the command line;</item>
/// <item><c>theme_dir:</c> in the site's config, a folder relative to the source (<c>input/</c> names <c>../theme</c>);</item>
/// <item><c>theme: NAME</c>, a Jekyll theme gem, found where RubyGems installs gems (Debian's packages such as
///   jekyll-theme-minima put them under <c>/usr/share/rubygems-integration/all/gems</c>), as Jekyll finds it.</item>
/// </list>
/// No setting means no theme.
/// </summary>
internal static class ThemeLocator
{
    public static string? Find(BuildOptions options, IReadOnlyDictionary<string, object?> siteConfig,
        Func<string, SourcePosition> at, Func<string, string?> environment, ErrorCollector errors)
    {
        if (options.Theme is { } explicitTheme) return Existing(Path.GetFullPath(explicitTheme), new SourcePosition("--theme"), "--theme", errors);

        if (siteConfig.GetValueOrDefault("theme_dir") is string folder && folder.Trim().Length > 0)
            return Existing(Path.GetFullPath(Path.Combine(options.Source, folder.Trim())), at("theme_dir"), "theme_dir", errors);

        if (siteConfig.GetValueOrDefault("theme") is not string name || name.Trim().Length == 0) return null;
        name = name.Trim();
        if (name.IndexOfAny(['/', '\\', '\0']) >= 0 || name.StartsWith('.'))
        {
            errors.Error(at("theme"), $"'theme' names a theme gem, such as minima, not a path ('{name.Replace("\0", "\\0")}'): for a folder use theme_dir:");
            return null;
        }
        if (GemFolder(name, environment) is { } gem) return gem;
        errors.Error(at("theme"),
            $"theme '{name}' is not installed: install its gem (on Debian, e.g. apt-get install jekyll-theme-{name.Replace("jekyll-theme-", "")}), " +
            "or copy the theme's folders into the site, or point theme_dir: at a folder holding its _layouts, _includes, _sass and assets");
        return null;
    }

    private static string? Existing(string folder, SourcePosition at, string option, ErrorCollector errors)
    {
        if (Directory.Exists(folder)) return folder;
        errors.Error(at, $"{option}: no theme folder at {folder}: pass a folder holding the theme's _layouts and _includes");
        return null;
    }

    /// <summary>The newest installed version of the gem <paramref name="name"/> in the places RubyGems looks.</summary>
    private static string? GemFolder(string name, Func<string, string?> environment)
    {
        var roots = new List<string>();
        foreach (var variable in new[] { "GEM_HOME", "GEM_PATH" })
            if (environment(variable) is { Length: > 0 } paths) roots.AddRange(paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        roots.Add("/usr/share/rubygems-integration/all");
        foreach (var parent in new[] { "/var/lib/gems", "/usr/lib/ruby/gems", "/usr/local/lib/ruby/gems" })
            if (Directory.Exists(parent)) roots.AddRange(Directory.GetDirectories(parent).Order(StringComparer.Ordinal));

        return roots
            .Select(root => Path.Combine(root, "gems"))
            .Where(Directory.Exists)
            .SelectMany(gems => Directory.GetDirectories(gems, name + "-*"))
            .Select(folder => (Folder: folder, Version: VersionOf(Path.GetFileName(folder)[(name.Length + 1)..])))
            .Where(g => g.Version is not null)
            .OrderByDescending(g => g.Version)
            .Select(g => g.Folder)
            .FirstOrDefault();
    }

    /// <summary>A gem folder's version (<c>2.5.1</c>); null for another gem whose name only starts the same (<c>minima-extra-1.0</c>).</summary>
    private static Version? VersionOf(string text) =>
        Version.TryParse(text, out var version) ? version : null;
}
