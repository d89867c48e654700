using Blog.Site.Config;

namespace Blog.Site.Tests.Rendering.Filters;

public class UrlFilterTests
{
    private static Task<string> Render(string template, string url = "https://ops.example", string baseUrl = "/blog")
    {
        var site = new TestSite();
        site.Settings = site.Settings with { Url = SiteUrl.Url(url), FilterUrl = SiteUrl.FilterUrl(url), BaseUrl = SiteUrl.BaseUrl(baseUrl), FilterBaseUrl = SiteUrl.FilterBaseUrl(baseUrl) };
        site.AddPost("hello", 14);
        return site.RenderLiquidAsync(template);
    }

    [Fact]
    public async Task Relative_url_prepends_the_base_url() =>
        Assert.Equal("/blog/assets/site.css", await Render("{{ '/assets/site.css' | relative_url }}"));

    [Fact]
    public async Task Relative_url_adds_the_missing_leading_slash() =>
        Assert.Equal("/blog/about/", await Render("{{ 'about/' | relative_url }}"));

    [Fact]
    public async Task Relative_url_without_base_url_is_the_path() =>
        Assert.Equal("/about/", await Render("{{ 'about/' | relative_url }}", baseUrl: ""));

    [Fact]
    public async Task Absolute_url_prepends_site_url_and_base_url() =>
        Assert.Equal("https://ops.example/blog/feed.xml", await Render("{{ '/feed.xml' | absolute_url }}"));

    [Fact]
    public async Task Absolute_url_without_site_url_is_relative() =>
        Assert.Equal("/blog/feed.xml", await Render("{{ '/feed.xml' | absolute_url }}", url: ""));

    [Fact]
    public async Task Url_filters_leave_absolute_urls_alone() =>
        Assert.Equal("https://other.example/x", await Render("{{ 'https://other.example/x' | absolute_url }}"));

    [Fact]
    public async Task Url_filters_take_a_post_for_its_url() =>
        Assert.Equal("/blog/2024/02/14/hello.html", await Render("{{ site.posts[0] | relative_url }}"));

    [Fact]
    public async Task Url_filters_encode_spaces() =>
        Assert.Equal("/blog/my%20notes/", await Render("{{ '/my notes/' | relative_url }}"));
}
