namespace Blog.Site.Config;

/// <summary>
/// Jekyll 4.3's built-in configuration (its <c>Configuration::DEFAULTS</c>), the base every config file merges onto,
/// so <c>site.*</c> holds the same keys a Jekyll theme expects.
/// </summary>
internal static class JekyllConfigDefaults
{
    /// <summary>Paths Jekyll always excludes in addition to the site's <c>exclude:</c>.</summary>
    public static IReadOnlyList<string> Excludes { get; } =
    [
        ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
        "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/",
    ];

    /// <summary>A fresh mapping each call: callers merge onto it.</summary>
    public static Dictionary<string, object?> Create() => new(StringComparer.Ordinal)
    {
        ["collections_dir"] = "",
        ["cache_dir"] = ".jekyll-cache",
        ["plugins_dir"] = "_plugins",
        ["layouts_dir"] = "_layouts",
        ["data_dir"] = "_data",
        ["includes_dir"] = "_includes",
        ["collections"] = new Dictionary<string, object?>(),
        ["safe"] = false,
        ["include"] = new List<object?> { ".htaccess" },
        ["exclude"] = new List<object?>(),
        ["keep_files"] = new List<object?> { ".git", ".svn" },
        ["encoding"] = "utf-8",
        ["markdown_ext"] = "markdown,mkdown,mkdn,mkd,md",
        ["strict_front_matter"] = false,
        ["show_drafts"] = null,
        ["limit_posts"] = 0L,
        ["future"] = false,
        ["unpublished"] = false,
        ["whitelist"] = new List<object?>(),
        ["plugins"] = new List<object?>(),
        ["markdown"] = "kramdown",
        ["highlighter"] = "rouge",
        ["lsi"] = false,
        ["excerpt_separator"] = "\n\n",
        ["incremental"] = false,
        ["detach"] = false,
        ["port"] = "4000",
        ["host"] = "127.0.0.1",
        ["baseurl"] = null,
        ["show_dir_listing"] = false,
        ["permalink"] = "date",
        ["paginate_path"] = "/page:num",
        ["timezone"] = null,
        ["quiet"] = false,
        ["verbose"] = false,
        ["defaults"] = new List<object?>(),
    };
}
