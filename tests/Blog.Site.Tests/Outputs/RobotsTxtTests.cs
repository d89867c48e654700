using Blog.Site.Build;
using Blog.Site.Outputs.Files.Robots;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Outputs;

public class RobotsTxtTests
{
    [Fact]
    public void Robots_txt_points_at_the_absolute_sitemap_url()
    {
        Assert.Equal("Sitemap: https://example.org/blog/sitemap.xml\n", RobotsTxt.Write(Given.Site(baseUrl: "/blog")));
    }

    [Fact]
    public async Task A_robots_txt_in_the_source_is_the_authors_own()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: T\nurl: https://example.org\nplugins: [jekyll-sitemap]\n")
            .With("robots.txt", "User-agent: *\nDisallow: /drafts/\n");

        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Equal("User-agent: *\nDisallow: /drafts/\n", site.Output("robots.txt"));
        Assert.Contains("<urlset", site.Output("sitemap.xml"));
    }
}
