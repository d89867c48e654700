using Blog.Site.Content;
using Blog.Site.Outputs;
using Blog.Site.Outputs.Files.Robots;

namespace Blog.Site.Tests.Outputs;

public class RobotsTxtTests
{
    [Fact]
    public void Robots_txt_points_at_the_absolute_sitemap_url()
    {
        Assert.Equal("Sitemap: https://example.org/blog/sitemap.xml\n", RobotsTxt.Write(Given.Site(baseUrl: "/blog")));
    }

    [Fact]
    public void A_robots_txt_in_the_source_is_the_authors_own()
    {
        var content = Given.Content(Given.Site(), []) with
        {
            StaticFiles = [new StaticFile("robots.txt", "/src/robots.txt", "/robots.txt", "robots.txt", Given.BuildTime)],
        };

        Assert.True(SourceFiles.Provides(content, RobotsTxt.OutputPath));
        Assert.False(SourceFiles.Provides(content, "sitemap.xml"));
    }
}
