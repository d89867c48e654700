using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Build;

public class SiteBuilderTests
{
    private static TempSite SmallSite() => new TempSite()
        .With("_config.yml", "title: Test\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\n")
        .With("_layouts/default.html", "<!doctype html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n")
        .With("_posts/2024-02-14-first.md", "---\nlayout: default\ntitle: First\n---\nHello *world*.\n")
        .With("_posts/2024-02-15-second.md", "---\nlayout: default\ntitle: Second\n---\nSee [the first]({% post_url 2024-02-14-first %}).\n")
        .With("index.html", "---\nlayout: default\ntitle: Home\n---\n{% for p in site.posts %}<a href=\"{{ p.url | relative_url }}\">{{ p.title }}</a>{% endfor %}\n")
        .With("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    [Fact]
    public async Task A_site_builds_pages_posts_and_static_files_into_the_destination()
    {
        using var site = SmallSite();
        var report = await new SiteBuilder().BuildAsync(site.Options());

        Assert.Equal(2, report.Posts);
        Assert.Contains("<em>world</em>", site.Output("2024/02/14/first.html"));
        Assert.Contains("href=\"/2024/02/14/first.html\"", site.Output("2024/02/15/second.html"));
        Assert.Contains(">Second</a><a href=\"/2024/02/14/first.html\">First</a>", site.Output("index.html"));
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", site.Output("assets/logo.svg"));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = SmallSite();
        await new SiteBuilder().BuildAsync(site.Options());
        var first = site.OutputTree();
        await new SiteBuilder().BuildAsync(site.Options());
        var second = site.OutputTree();

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), path);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_byte_for_byte()
    {
        using var site = SmallSite();
        await new SiteBuilder().BuildAsync(site.Options());
        var before = site.OutputTree();

        site.With("_posts/2024-02-16-broken.md", "---\ntitle: [unclosed\n---\nbody\n");
        await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        var after = site.OutputTree();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), path);
    }

    [Fact]
    public async Task A_failed_build_leaves_no_staging_folder_behind()
    {
        using var site = SmallSite().With("_posts/2024-02-16-broken.md", "---\ntitle: [unclosed\n---\nbody\n");
        await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        Assert.Empty(Directory.GetDirectories(site.Root, ".out.*"));
        Assert.False(Directory.Exists(site.Destination));
    }

    [Fact]
    public async Task Errors_name_the_file_line_and_column_and_several_are_reported_at_once()
    {
        using var site = SmallSite()
            .With("_posts/2024-02-16-bad-yaml.md", "---\ntitle: ok\ntags: [unclosed\n---\nbody\n")
            .With("_posts/2024-02-17-bad-liquid.md", "---\ntitle: ok\n---\nline one\n{% if %}\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        Assert.Contains(failed.Errors, e => e.Position.Path.EndsWith("2024-02-16-bad-yaml.md") && e.Position.Line >= 2);
        Assert.Contains(failed.Errors, e => e.Position.Path.EndsWith("2024-02-17-bad-liquid.md") && e.Position.Line == 5);
        Assert.All(failed.Errors, e => Assert.Matches(@"^[^:]+:\d+:\d+: .+", e.ToString()));
    }

    [Fact]
    public async Task Two_inputs_writing_the_same_output_path_fail_naming_both()
    {
        using var site = SmallSite()
            .With("about.md", "---\npermalink: /same/\n---\na\n")
            .With("other.md", "---\npermalink: /same/\n---\nb\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        var error = Assert.Single(failed.Errors, e => e.Message.Contains("same/index.html"));
        Assert.Contains("about.md", error.ToString() + error.Message);
        Assert.Contains("other.md", error.ToString() + error.Message);
    }

    [Fact]
    public async Task An_internal_link_that_resolves_nowhere_fails_the_build_naming_page_and_href()
    {
        using var site = SmallSite().With("links.md", "---\nlayout: default\n---\n[gone](/nowhere/)\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        var error = Assert.Single(failed.Errors);
        Assert.Contains("links", error.Position.Path);
        Assert.Contains("/nowhere/", error.Message);
    }

    [Fact]
    public async Task Without_plugins_listed_there_is_no_feed_sitemap_or_robots()
    {
        using var site = SmallSite();
        await new SiteBuilder().BuildAsync(site.Options());

        Assert.False(File.Exists(Path.Combine(site.Destination, "feed.xml")));
        Assert.False(File.Exists(Path.Combine(site.Destination, "sitemap.xml")));
        Assert.False(File.Exists(Path.Combine(site.Destination, "robots.txt")));
    }

    [Fact]
    public async Task The_feed_sitemap_and_robots_are_written_when_their_plugins_are_listed()
    {
        using var site = SmallSite();
        site.With("_config.yml", "title: Test\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\nplugins: [jekyll-feed, jekyll-sitemap]\n");
        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Contains("<feed", site.Output("feed.xml"));
        Assert.Contains("https://example.org/2024/02/14/first.html", site.Output("sitemap.xml"));
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", site.Output("robots.txt"));
    }
}
