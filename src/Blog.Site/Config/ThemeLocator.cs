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
internal static partial class ThemeLocator
{
    /// <summary>The theme's folder, and the plugins a theme gem brings (its runtime dependencies, which Jekyll requires).</summary>
    public sealed record Theme(string Folder, IReadOnlyList<string> Plugins);

    public static Theme? Find(BuildOptions options, IReadOnlyDictionary<string, object?> siteConfig,
        Func<string, SourcePosition> at, Func<string, string?> environment, ErrorCollector errors)
    {
        if (options.Theme is { } explicitTheme) return Existing(Path.GetFullPath(explicitTheme), new SourcePosition("--theme"), "--theme", errors);

        if (siteConfig.GetValueOrDefault("theme_dir") is string folder && folder.Trim().Length > 0)
            return Existing(Path.GetFullPath(Path.Combine(options.Source, folder.Trim())), at("theme_dir"), "theme_dir", errors);
        if (siteConfig.GetValueOrDefault("theme_dir") is not null and not string)
        {
            errors.Error(at("theme_dir"), "'theme_dir' should be a folder path relative to the source, such as ../theme");
            return null;
        }

        if (siteConfig.GetValueOrDefault("theme") is not null and not string)
        {
            errors.Error(at("theme"), "'theme' should be the name of a theme gem, such as minima");
            return null;
        }
        if (siteConfig.GetValueOrDefault("theme") is not string name || name.Trim().Length == 0) return null;
        name = name.Trim();
        if (name.IndexOfAny(['/', '\\', '\0']) >= 0 || name.StartsWith('.'))
        {
            errors.Error(at("theme"), $"'theme' names a theme gem, such as minima, not a path ('{name.Replace("\0", "\\0")}'): for a folder use theme_dir:");
            return null;
        }
        if (GemFolder(name, environment) is { } gem) return new Theme(gem, GemDependencies(gem));
        errors.Error(at("theme"),
            $"theme '{name}' is not installed: install its gem (on Debian, e.g. apt-get install jekyll-theme-{name.Replace("jekyll-theme-", "")}), " +
            "or copy the theme's folders into the site, or point theme_dir: at a folder holding its _layouts, _includes, _sass and assets");
        return null;
    }

    private static Theme? Existing(string folder, SourcePosition at, string option, ErrorCollector errors)
    {
        if (Directory.Exists(folder)) return new Theme(folder, []);
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

    /// <summary>
    /// The runtime dependencies other than jekyll named in the gem's specification (<c>specifications/NAME-VERSION.gemspec</c>
    /// beside the <c>gems</c> folder): Jekyll requires them, so minima's jekyll-seo-tag works without being listed.
    /// </summary>
    private static IReadOnlyList<string> GemDependencies(string gemFolder)
    {
        var specification = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(gemFolder)!)!, "specifications", Path.GetFileName(gemFolder) + ".gemspec");
        if (!File.Exists(specification)) return [];
        return RuntimeDependency().Matches(File.ReadAllText(specification))
            .Select(m => m.Groups[1].Value)
            .Where(name => name != "jekyll")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"add_runtime_dependency\(?\s*(?:%q<|[""'])([A-Za-z0-9_.-]+)")]
    private static partial System.Text.RegularExpressions.Regex RuntimeDependency();

    /// <summary>A gem folder's version (<c>2.5.1</c>); null for another gem whose name only starts the same (<c>minima-extra-1.0</c>).</summary>
    private static Version? VersionOf(string text) =>
        Version.TryParse(text, out var version) ? version : null;
}
