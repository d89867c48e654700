using Blog.Site.Serving;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Serving;

public class SiteFileResolverTests
{
    private static TempSite Built() => new TempSite()
        .With("index.html", "home").With("docs/index.html", "docs").With("about.html", "about")
        .With("feed.xml", "feed").With("404.html", "lost");

    private static Resolution Resolve(TempSite site, string path, string baseUrl = "") => new SiteFileResolver(site.Source, baseUrl).Resolve(path);

    [Fact]
    public void A_folder_url_with_a_slash_serves_its_index_html()
    {
        using var site = Built();
        Assert.Equal(new Resolution.File(Path.Combine(site.Source, "docs", "index.html")), Resolve(site, "/docs/"));
        Assert.Equal(new Resolution.File(Path.Combine(site.Source, "index.html")), Resolve(site, "/"));
    }

    [Fact]
    public void A_folder_url_without_a_slash_redirects_to_the_slashed_url()
    {
        using var site = Built();
        Assert.Equal(new Resolution.Redirect("/docs/"), Resolve(site, "/docs"));
    }

    [Fact]
    public void An_extensionless_url_finds_the_html_file()
    {
        using var site = Built();
        Assert.Equal(new Resolution.File(Path.Combine(site.Source, "about.html")), Resolve(site, "/about"));
    }

    [Fact]
    public void A_missing_file_is_not_found_with_the_sites_404_page()
    {
        using var site = Built();
        Assert.Equal(new Resolution.NotFound(Path.Combine(site.Source, "404.html")), Resolve(site, "/missing.html"));
    }

    [Fact]
    public void Dot_dot_segments_never_leave_the_site()
    {
        using var site = Built();
        Assert.IsType<Resolution.NotFound>(Resolve(site, "/../src/index.html"));
    }

    [Fact]
    public void The_site_is_mounted_at_its_baseurl()
    {
        using var site = Built();
        Assert.Equal(new Resolution.File(Path.Combine(site.Source, "feed.xml")), Resolve(site, "/blog/feed.xml", "/blog"));
        Assert.IsType<Resolution.NotFound>(Resolve(site, "/feed.xml", "/blog"));
    }
}
