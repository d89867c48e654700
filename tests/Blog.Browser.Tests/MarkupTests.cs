using System.Xml.Linq;
using Blog.Browser.Tests.Support;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class MarkupTests(SiteFixture fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Every_page_passes_the_Nu_Html_Checker_without_errors()
    {
        var files = fixture.PageFiles;

        var errors = await NuHtmlChecker.ErrorsAsync(files);

        Assert.NotEmpty(files);
        Problems.AssertNone(errors.Select(e => e.ToString()));
    }

    // input/ is published minified (minify: true in its _config.yml): the pages the check above reads are those.
    [Fact]
    public void The_pages_checked_are_minified_as_the_site_publishes_them()
    {
        var home = File.ReadAllText(fixture.Site.FileOf("/index.html"));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">", home);
    }

    // The check above passes only when nothing is reported: this shows that an error would be.
    [Fact]
    public async Task The_Nu_Html_Checker_reports_an_error_with_its_file_and_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"blog-vnu-probe-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, "<!doctype html>\n<html lang=\"en\"><title>probe</title>\n<p><div>block in a paragraph</div></p></html>");
        try
        {
            var errors = await NuHtmlChecker.ErrorsAsync([file]);

            Assert.Contains(errors, e => e.File == file && e.Line == 3 && e.Type == "error");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_feed_is_an_Atom_feed_whose_entries_have_id_title_updated_and_link()
    {
        var feed = XDocument.Load(fixture.Site.FileOf("/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.NotNull(feed.Element(Atom + required));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            foreach (var required in new[] { "id", "title", "updated" }) Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + required)?.Value), $"entry without {required}");
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "link")?.Attribute("href")?.Value, UriKind.Absolute));
        });
    }

    [Fact]
    public void The_sitemap_is_a_urlset_whose_locations_are_absolute_and_exist_in_the_output()
    {
        var urlset = XDocument.Load(fixture.Site.FileOf("/sitemap.xml")).Root!;

        Assert.Equal(Sitemap + "urlset", urlset.Name);
        var locations = urlset.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")?.Value).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, loc =>
        {
            Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri), $"{loc} is not an absolute URL");
            var file = fixture.Site.FileOf(Uri.UnescapeDataString(uri.AbsolutePath));
            Assert.True(File.Exists(file) || File.Exists(Path.Combine(file, "index.html")), $"{loc} has no file in the output");
        });
    }
}
