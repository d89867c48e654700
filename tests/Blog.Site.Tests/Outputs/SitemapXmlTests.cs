using System.Xml.Linq;
using Blog.Site.Content;
using Blog.Site.Outputs.Files.Sitemap;

namespace Blog.Site.Tests.Outputs;

public class SitemapXmlTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static List<(string Loc, string? LastMod)> Urls(IReadOnlyList<Document> posts, IReadOnlyList<Document>? pages = null,
        IReadOnlyList<StaticFile>? files = null, Blog.Site.Config.SiteSettings? site = null)
    {
        var xml = XDocument.Parse(SitemapXml.Write(site ?? Given.Site(), posts, pages ?? [], files ?? []));
        Assert.Equal(Sitemaps + "urlset", xml.Root!.Name);
        return xml.Root.Elements(Sitemaps + "url")
                  .Select(u => (u.Element(Sitemaps + "loc")!.Value, u.Element(Sitemaps + "lastmod")?.Value))
                  .ToList();
    }

    [Fact]
    public void Posts_are_listed_oldest_first_with_their_date_as_lastmod()
    {
        var urls = Urls(Given.Posts(2));

        Assert.Equal(
            [("https://example.org/2024/12/30/post-1.html", "2024-12-30T00:00:00+00:00"), ("https://example.org/2024/12/31/post-0.html", "2024-12-31T00:00:00+00:00")],
            urls);
    }

    [Fact]
    public void Last_modified_at_is_the_lastmod_of_a_post()
    {
        var urls = Urls([Given.Post("x", data: [("last_modified_at", new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero))])]);

        Assert.Equal("2025-05-06T07:08:09+00:00", urls.Single().LastMod);
    }

    [Fact]
    public void Sitemap_false_leaves_a_post_or_page_out()
    {
        var urls = Urls([Given.Post("hidden", inSitemap: false), Given.Post("shown")],
            [Given.Page("secret.md", "/secret.html", inSitemap: false), Given.Page("about.md", "/about/")]);

        Assert.Equal(["https://example.org/2024/02/14/shown.html", "https://example.org/about/"], urls.Select(u => u.Loc));
    }

    [Fact]
    public void Pages_have_no_lastmod_unless_they_say_when_they_changed()
    {
        var urls = Urls([], [Given.Page("about.md", "/about/"), Given.Page("cv.md", "/cv.html", data: [("last_modified_at", "2025-01-01")])]);

        Assert.Equal([("https://example.org/about/", null), ("https://example.org/cv.html", "2025-01-01T00:00:00+00:00")], urls);
    }

    [Fact]
    public void Only_html_pages_are_listed_and_never_the_404_page()
    {
        var urls = Urls([], [
            Given.Page("index.html", "/", "index.html"),
            Given.Page("404.html", "/404.html"),
            Given.Page("feed.xml", "/feed.xml"),
            Given.Page("styles.scss", "/styles.css"),
        ]);

        Assert.Equal(["https://example.org/"], urls.Select(u => u.Loc));
    }

    [Fact]
    public void Index_html_in_a_url_is_written_as_its_folder()
    {
        var urls = Urls([], [Given.Page("docs/index.html", "/docs/index.html")]);

        Assert.Equal("https://example.org/docs/", urls.Single().Loc);
    }

    [Fact]
    public void Static_html_and_pdf_files_are_listed_with_their_modification_time()
    {
        var modified = new DateTimeOffset(2023, 3, 4, 5, 6, 7, TimeSpan.Zero);
        var urls = Urls([], [], [
            new StaticFile("talk.pdf", "/src/talk.pdf", "/talk.pdf", "talk.pdf", modified),
            new StaticFile("logo.png", "/src/logo.png", "/logo.png", "logo.png", modified),
            new StaticFile("legacy/page.html", "/src/legacy/page.html", "/legacy/page.html", "legacy/page.html", modified),
        ]);

        Assert.Equal([("https://example.org/talk.pdf", "2023-03-04T05:06:07+00:00"), ("https://example.org/legacy/page.html", "2023-03-04T05:06:07+00:00")], urls);
    }

    [Fact]
    public void Locations_include_the_base_url_and_are_escaped()
    {
        var urls = Urls([], [Given.Page("q.md", "/search.html?a=1&b=2", "search.html")], site: Given.Site(baseUrl: "/blog"));

        Assert.Equal("https://example.org/blog/search.html?a=1&b=2", urls.Single().Loc);
    }
}
