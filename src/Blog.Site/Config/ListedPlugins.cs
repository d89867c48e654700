namespace Blog.Site.Config;

/// <summary>
/// Whether the site lists a Jekyll plugin under <c>plugins:</c>, which is what makes Jekyll 4.3 load it (its
/// <c>site.gems</c> is that list; the Jekyll 3 key <c>gems:</c> is no longer read, and <c>plugins</c> must be a list).
/// The one place that reads the key for the Liquid tags, to be replaced by the settings' own answer.
/// </summary>
internal static class ListedPlugins
{
    public static bool Contains(SiteSettings settings, string plugin) =>
        settings.Values.GetValueOrDefault("plugins") is IEnumerable<object?> listed &&
        listed.OfType<string>().Contains(plugin, StringComparer.Ordinal);
}
