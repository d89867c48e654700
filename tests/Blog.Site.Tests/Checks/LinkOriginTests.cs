using Blog.Site.Build;
using Blog.Site.Checks;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Checks;

/// <summary>A broken link is reported in the file where it was written, not only in the page it ended up in.</summary>
public class LinkOriginTests
{
    private static TempSite SiteWithBrokenSidebarLink(string config = "") => new TempSite()
        .With("_config.yml", "title: T\nbaseurl: /blog\n" + config)
        .With("_layouts/default.html", "<!doctype html><html lang=\"en\"><head><title>t</title></head><body>\n{% include sidebar.html %}\n{{ content }}</body></html>\n")
        .With("_includes/sidebar.html", "<nav>\n  <a href=\"{{ site.baseurl }}\">home</a>\n  <a href=\"{{ site.baseurl }}/author/{{ page.author }}\">author</a>\n</nav>\n")
        .With("index.html", "---\nlayout: default\nauthor: ann\n---\n<p>home</p>\n")
        .With("about.md", "---\nlayout: default\nauthor: bob\n---\nSee [the missing page](/blog/missing.html).\n");

    [Fact]
    public async Task A_broken_link_from_an_include_is_reported_at_the_includes_line_and_column_once()
    {
        using var site = SiteWithBrokenSidebarLink();

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        var fromInclude = failed.Errors.Where(e => e.Position.Path == "_includes/sidebar.html").ToList();
        Assert.Equal(2, fromInclude.Count); // one per distinct rendered link: /blog/author/ann and /blog/author/bob
        Assert.All(fromInclude, e => Assert.Equal((3, 12), (e.Position.Line, e.Position.Column)));
        Assert.Contains(fromInclude, e => e.Message.StartsWith("broken link \"/blog/author/ann\" (on the rendered page index.html:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_markdown_link_is_reported_at_its_line_in_the_page_source()
    {
        using var site = SiteWithBrokenSidebarLink();

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        var error = Assert.Single(failed.Errors, e => e.Message.Contains("/blog/missing.html"));
        Assert.Equal("about.md:5:24", error.Position.ToString());
    }

    [Fact]
    public async Task Check_links_warning_builds_the_site_and_reports_each_broken_link_as_a_warning()
    {
        using var site = SiteWithBrokenSidebarLink("check_links: warning\n");

        var report = await new SiteBuilder().BuildAsync(site.Options());

        Assert.Equal(3, report.Warnings.Count);
        Assert.All(report.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(report.Warnings, w => w.Position.Path == "_includes/sidebar.html");
    }

    [Fact]
    public async Task Check_links_off_builds_the_site_without_a_word_about_links()
    {
        using var site = SiteWithBrokenSidebarLink("check_links: off\n");

        var report = await new SiteBuilder().BuildAsync(site.Options());

        Assert.Empty(report.Warnings);
        Assert.Contains("/blog/author/ann", site.Output("index.html"));
    }

    [Theory]
    [InlineData("{{ site.baseurl }}author/{{ a }}", "/blog/author/x", 7)]
    [InlineData("/blog/missing.html", "/blog/missing.html", 18)]
    [InlineData("{{ post.url }}", "/anything", 0)]
    [InlineData("{{ \"/assets/main.css\" | relative_url }}", "/blog/assets/main.css", 16)]
    [InlineData("{{- '/feed.xml' | absolute_url -}}", "https://example.org/feed.xml", 9)]
    [InlineData("/other/{{ x }}", "/blog/author/x", 0)]
    public void A_written_link_explains_a_rendered_one_by_its_literal_characters(string written, string rendered, int score)
    {
        Assert.Equal(score, LinkOrigins.Score(written, rendered));
    }
}
