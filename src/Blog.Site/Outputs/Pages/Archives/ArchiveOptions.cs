using Blog.Site.Config;

namespace Blog.Site.Outputs.Pages.Archives;

/// <summary>
/// The <c>jekyll-archives:</c> config of the jekyll-archives plugin (its category and tag archives), read only when
/// <c>plugins:</c> lists jekyll-archives; its defaults are the plugin's (nothing enabled, layout <c>archive</c>,
/// <c>/category/:name/</c> and <c>/tag/:name/</c>):
/// <code>
/// jekyll-archives:
///   enabled: [categories, tags]   # or all
///   layout: archive               # for both kinds unless layouts: says otherwise
///   layouts: { category: category, tag: tag }
///   permalinks: { category: /categories/:name/, tag: /tags/:name/ }
/// </code>
/// </summary>
public sealed record ArchiveOptions(
    bool CategoriesEnabled,
    bool TagsEnabled,
    string? Layout,
    string? CategoryLayout,
    string? TagLayout,
    string CategoryPermalink,
    string TagPermalink)
{
    public const string DefaultLayout = "archive";
    public const string Plugin = "jekyll-archives";

    public static ArchiveOptions From(SiteSettings site)
    {
        var archives = site.HasPlugin(Plugin) ? DataValues.Get(site.Values, Plugin) : null;
        var enabled = DataValues.Get(archives, "enabled");
        bool Enabled(string kind) => enabled switch
        {
            null => false,
            bool b => b,
            string s => s == "all" || s == kind,
            System.Collections.IEnumerable list => list.Cast<object?>().Any(item => DataValues.Text(item) is { } t && (t == kind || t == "all")),
            _ => false,
        };
        return new ArchiveOptions(
            Enabled("categories"),
            Enabled("tags"),
            DataValues.Text(DataValues.Get(archives, "layout")),
            DataValues.Text(DataValues.Get(archives, "layouts", "category")),
            DataValues.Text(DataValues.Get(archives, "layouts", "tag")),
            DataValues.Text(DataValues.Get(archives, "permalinks", "category")) ?? "/category/:name/",
            DataValues.Text(DataValues.Get(archives, "permalinks", "tag")) ?? "/tag/:name/");
    }

    public bool IsEnabled(ArchiveKind kind) => kind == ArchiveKind.Category ? CategoriesEnabled : TagsEnabled;

    public string Permalink(ArchiveKind kind) => kind == ArchiveKind.Category ? CategoryPermalink : TagPermalink;

    /// <summary>
    /// The configured layout; else a layout named after the kind (<c>category</c>/<c>tag</c>) when the site has
    /// one; else <c>archive</c> when it exists. Null when none fits: the site has no archive pages of that kind.
    /// </summary>
    public string? LayoutFor(ArchiveKind kind, IReadOnlySet<string> layouts)
    {
        var configured = (kind == ArchiveKind.Category ? CategoryLayout : TagLayout) ?? Layout;
        if (configured is not null) return configured;
        var named = kind == ArchiveKind.Category ? "category" : "tag";
        if (layouts.Contains(named)) return named;
        return layouts.Contains(DefaultLayout) ? DefaultLayout : null;
    }
}
