using Blog.Site.Build;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Filters;

/// <summary>
/// <c>site.baseurl</c> is the config value exactly as written, and <c>relative_url</c>, <c>absolute_url</c> and
/// <c>link</c> join it with Jekyll's slash rules: checked against a live Jekyll build for each way sites write it
/// (the jasper theme writes <c>baseurl: /jasper/</c> and <c>{{ site.baseurl }}author/x</c>).
/// </summary>
public sealed class BaseUrlJekyllTests : IDisposable
{
    private const string Probe =
        "[{{ site.baseurl }}]|{{ site.baseurl }}author/x|{{ '/x' | relative_url }}|{{ 'x/' | relative_url }}|{{ '' | relative_url }}|" +
        "{{ '/' | relative_url }}|{{ '/x' | absolute_url }}|{{ page.url | relative_url }}|{{ site.url }}|{% link about.md %}|" +
        "{{ site.baseurl | append: '!' }}|{% if site.baseurl == nil %}nil{% endif %}";

    private readonly TempSite _site = new();

    [Theory]
    [InlineData(null)]
    [InlineData("baseurl: \"\"")]
    [InlineData("baseurl: /")]
    [InlineData("baseurl: /blog")]
    [InlineData("baseurl: /blog/")]
    [InlineData("baseurl: blog")]
    [InlineData("baseurl: /jasper/\nurl: https://example.org/")]
    [InlineData("baseurl: /a b/")]
    [InlineData("url: \"\"\nbaseurl: /blog/")]
    public async Task Baseurl_and_the_url_filters_render_as_Jekyll_renders_them(string? setting)
    {
        _site.With("_config.yml", "title: T\nurl: https://example.org\n" + (setting is null ? "" : setting + "\n"))
            .With("probe.html", "---\npermalink: /probe/\n---\n" + Probe + "\n")
            .With("about.md", "---\n---\nabout\n");
        var jekyll = Path.Combine(_site.Root, "jekyll-out");
        var jekyllSource = Path.Combine(_site.Root, "jekyll-src");
        JekyllOracle.CopyFolder(_site.Source, jekyllSource);
        await JekyllOracle.BuildAsync(jekyllSource, jekyll);

        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.Equal(File.ReadAllText(Path.Combine(jekyll, "probe/index.html")), _site.Output("probe/index.html"));
    }

    public void Dispose() => _site.Dispose();
}
