using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Outputs.Redirects;

/// <summary>
/// jekyll-redirect-from, with real Jekyll 4.3 and the plugin as the oracle: a site with <c>redirect_from</c> (a string,
/// a list, on a post, a page and a collection document) and <c>redirect_to</c> builds to the same files, the same
/// redirect pages byte for byte, the same <c>redirects.json</c> and the same sitemap (which leaves redirects out).
/// </summary>
public sealed class RedirectJekyllLiveTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private static TempSite WriteSite(TempSite site, string layoutFile = "") => site
        .With("_config.yml", """
            title: Moved
            url: https://example.org
            plugins: [jekyll-sitemap, jekyll-redirect-from]
            collections:
              recipes:
                output: true
            """)
        .With("_posts/2024-01-01-first.md", "---\ntitle: First\nredirect_from: /old/first/\n---\nFirst post.\n")
        .With("_posts/2024-02-01-second.md", "---\ntitle: Second\nredirect_from:\n  - /2024/second.html\n  - old-second\n---\nSecond post.\n")
        .With("about.md", "---\ntitle: About\npermalink: /about/\nredirect_from: [/about-us/, /team.html]\n---\nAbout us.\n")
        .With("gone.md", "---\ntitle: Gone\nredirect_to: /about/\n---\nThis page moved.\n")
        .With("away.html", "---\nredirect_to: https://example.com/elsewhere\n---\n<p>away</p>\n")
        .With("_posts/2024-03-01-moved.md", "---\ntitle: Moved\nredirect_to: [https://example.com/moved]\n---\nMoved.\n")
        .With("_recipes/stew.md", "---\ntitle: Stew\nredirect_to: /soup/\n---\nStew.\n")
        .With("_recipes/soup.md", "---\ntitle: Soup\nredirect_from: /soup/\n---\nSoup.\n")
        .With("index.html", "---\ntitle: Home\n---\n<p>Home</p>\n")
        .With(layoutFile.Length > 0 ? "_layouts/redirect.html" : "plain.txt", layoutFile.Length > 0 ? layoutFile : "plain\n");

    [Fact]
    public async Task Redirect_pages_redirects_json_and_the_sitemap_are_Jekylls_with_the_plugins_own_page()
    {
        var jekyllOut = await JekyllOracle.BuildBothAsync(WriteSite(_site));
        AssertSameOutputs(jekyllOut);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/about/\">", _site.Output("about-us/index.html"));
    }

    [Fact]
    public async Task A_sites_own_redirect_layout_is_used_as_Jekyll_uses_it()
    {
        var jekyllOut = await JekyllOracle.BuildBothAsync(WriteSite(_site,
            "<html><body><p>{{ page.redirect.from }} moved to <a href=\"{{ page.redirect.to }}\">{{ page.redirect.to }}</a></p>{{ content }}</body></html>\n"));
        AssertSameOutputs(jekyllOut);
        Assert.Contains("/team.html moved to", _site.Output("team.html"));
    }

    private void AssertSameOutputs(string jekyllOut)
    {
        var expected = JekyllOracle.Files(jekyllOut);
        Assert.Equal(expected, JekyllOracle.Files(_site.Destination));
        foreach (var file in new[] { "old/first/index.html", "2024/second.html", "old-second.html", "about-us/index.html", "team.html",
                     "gone.html", "away.html", "soup/index.html", "2024/03/01/moved.html", "recipes/stew.html", "redirects.json" })
            Assert.Equal(file + ": " + File.ReadAllText(Path.Combine(jekyllOut, file)), file + ": " + _site.Output(file));
        // The sitemap's entries (its XML declaration is written differently): the redirect pages are not among them.
        Assert.Equal(SitemapEntries(jekyllOut), SitemapEntries(_site.Destination));
        Assert.DoesNotContain("about-us", SitemapEntries(_site.Destination));
    }

    private static string SitemapEntries(string output) => string.Join("\n",
        File.ReadLines(Path.Combine(output, "sitemap.xml")).Select(l => l.Trim()).Where(l => l.StartsWith("<loc>", StringComparison.Ordinal)));

    [Fact]
    public async Task Json_false_leaves_redirects_json_out_and_netlify_true_writes_netlifys_rules()
    {
        WriteSite(_site).With("_config.yml", """
            url: https://example.org
            baseurl: /blog
            plugins: [jekyll-redirect-from]
            redirect_from: { json: false, netlify: true }
            collections: { recipes: { output: true } }
            """);
        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.False(File.Exists(Path.Combine(_site.Destination, "redirects.json")));
        Assert.Equal("""
            /blog/old/first/ /blog/2024/01/01/first.html 301!
            /blog/2024/second.html /blog/2024/02/01/second.html 301!
            /blog/old-second /blog/2024/02/01/second.html 301!
            /blog/2024/03/01/moved.html https://example.com/moved 301!
            /blog/soup/ /blog/recipes/soup.html 301!
            /blog/recipes/stew.html /blog/soup/ 301!
            /blog/about-us/ /blog/about/ 301!
            /blog/team.html /blog/about/ 301!
            /blog/away.html https://example.com/elsewhere 301!
            /blog/gone.html /blog/about/ 301!

            """, _site.Output("_redirects"));
    }

    [Fact]
    public async Task Without_the_plugin_redirect_front_matter_is_plain_data()
    {
        WriteSite(_site).With("_config.yml", "url: https://example.org\n");
        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.False(Directory.Exists(Path.Combine(_site.Destination, "about-us")));
        Assert.False(File.Exists(Path.Combine(_site.Destination, "redirects.json")));
        Assert.Contains("This page moved.", _site.Output("gone.html"));
    }

    [Fact]
    public async Task A_redirect_from_that_is_not_a_path_is_an_error_at_its_line()
    {
        WriteSite(_site).With("about.md", "---\ntitle: About\npermalink: /about/\nredirect_from:\n  old: /about-us/\n---\nAbout.\n");
        var error = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.Contains("about.md:4:1: redirect_from must be a path or a list of paths (such as /old/page/), not a mapping", error.Message);
    }

    [Fact]
    public async Task A_redirect_onto_a_real_pages_output_is_an_error_naming_both()
    {
        WriteSite(_site).With("contact.md", "---\ntitle: Contact\nredirect_from: /about/\n---\nWrite to us.\n");
        var error = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.Contains("contact.md:3:1: redirect_from '/about/' would write about/index.html, which about.md writes", error.Message);
    }

    [Fact]
    public async Task Two_documents_redirecting_from_one_path_is_an_error_naming_the_first()
    {
        WriteSite(_site).With("contact.md", "---\ntitle: Contact\nredirect_from: /about-us/\n---\nWrite to us.\n");
        var error = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.Contains("contact.md:3:1: redirect_from '/about-us/' would write about-us/index.html, which about.md writes", error.Message);
    }
}
