using Blog.Site.Config;
using Blog.Site.Outputs.Files.Sitemap;

namespace Blog.Site.Outputs.Files.Robots;

/// <summary>jekyll-sitemap's <c>robots.txt</c>: one line pointing crawlers at the sitemap's absolute URL.</summary>
public static class RobotsTxt
{
    public const string OutputPath = "robots.txt";

    public static string Write(SiteSettings site) =>
        $"Sitemap: {SiteUrls.Absolute(site, SitemapXml.OutputPath)}\n";
}
