using System.Text;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// One generated input: a small site's files (path → bytes), named for the kind of hostility it carries
/// (<c>mixed</c> when it carries several, listed in <paramref name="Changes"/>).
/// </summary>
public sealed record HostileSite(string Kind, string Changes, IReadOnlyDictionary<string, byte[]> Files)
{
    /// <summary>A small, valid site: config, a layout with the SEO and feed tags, an include, data, two posts, a page.</summary>
    public static IReadOnlyDictionary<string, byte[]> BaseFiles { get; } = new Dictionary<string, string>
    {
        ["_config.yml"] = "title: Fuzz\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\n"
                          + "plugins: [jekyll-feed, jekyll-seo-tag, jekyll-sitemap, jekyll-paginate, jekyll-archives]\n",
        ["_layouts/default.html"] = "<!doctype html><html><head>{% seo %}{% feed_meta %}</head><body>{% include nav.html %}{{ content }}</body></html>\n",
        ["_includes/nav.html"] = "<nav>{% for item in site.data.nav %}<a href=\"{{ item.url | relative_url }}\">{{ item.title | escape }}</a>{% endfor %}</nav>\n",
        ["_data/nav.yml"] = "- title: Home\n  url: /\n",
        ["_posts/2024-02-14-first.md"] = "---\nlayout: default\ntitle: First\ntags: [a, b]\n---\nHello *world*.\n",
        ["_posts/2024-02-15-second.md"] = "---\nlayout: default\ntitle: Second\ncategories: ops\n---\nSee [the first]({% post_url 2024-02-14-first %}).\n",
        // Read only when a hostile config declares the collection 'recipes'.
        ["_recipes/soup.md"] = "---\nlayout: default\nrank: 2\n---\nSoup {{ page.collection }} {{ site.recipes | size }}.\n",
        ["_recipes/2024-01-02-bread.md"] = "---\nrank: [x]\n---\nBread {{ page.next.url }}.\n",
        ["_recipes/photo.txt"] = "not a document\n",
        ["index.html"] = "---\nlayout: default\ntitle: Home\n---\n{% for p in site.posts %}<a href=\"{{ p.url | relative_url }}\">{{ p.title }}</a>{% endfor %}\n",
    }.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));

    /// <summary>A short description for a failure report: the kind and each changed file's start.</summary>
    public override string ToString()
    {
        var changed = Files.Where(f => !BaseFiles.TryGetValue(f.Key, out var b) || !b.AsSpan().SequenceEqual(f.Value));
        return Changes + ": " + string.Join("; ", changed.Select(f =>
            $"{f.Key} ({f.Value.Length} bytes) «{Encoding.UTF8.GetString(f.Value.AsSpan(0, Math.Min(f.Value.Length, 300)))}»"));
    }
}
