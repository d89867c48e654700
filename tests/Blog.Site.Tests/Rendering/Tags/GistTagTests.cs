using System.Text.RegularExpressions;
using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Tags;

/// <summary>
/// jekyll-gist's <c>{% gist %}</c> writes what Jekyll writes on a machine that cannot reach GitHub (as the test
/// machines): checked against a live Jekyll build with the plugin listed. The generator itself never opens a connection.
/// </summary>
public sealed class GistTagTests : IDisposable
{
    private const string Probe =
        "{% gist user/1234567 %}|{% gist 28949e1d5ee2273f9fd3 best.md %}|{% assign g = 'abc/99' %}{% gist g %}|{% gist site.myid f.js %}";

    private readonly TempSite _site = new();

    [Theory]
    [InlineData("plugins: [jekyll-gist]")]
    [InlineData("plugins: [jekyll-gist]\ngist:\n  noscript: false")]
    public async Task Gists_render_as_Jekyll_renders_them_offline(string setting)
    {
        _site.With("_config.yml", "title: T\nmyid: user/777\n" + setting + "\n").With("gist.html", "---\n---\n" + Probe + "\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        // Offline, jekyll-gist writes its logger's return value (true, or false under --quiet) where the <noscript> copy
        // would go; with noscript: false it writes nothing there. The generator always writes nothing there.
        var expected = Regex.Replace(File.ReadAllText(Path.Combine(jekyll, "gist.html")), "(true|false)(?=<script)", "");
        Assert.Equal(expected, _site.Output("gist.html"));
    }

    [Theory]
    [InlineData("title: T\n")]
    [InlineData("title: T\ngems: [jekyll-gist]\n")] // Jekyll 4 no longer reads Jekyll 3's gems: key (checked: "Unknown tag 'gist'").
    public async Task Without_the_plugin_the_tag_is_an_error_at_the_tag(string config)
    {
        _site.With("_config.yml", config).With("gist.html", "---\n---\ntext\n{% gist user/1 %}\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.Equal("gist.html:4:1: unknown tag 'gist': list jekyll-gist under plugins: in _config.yml to use it", Assert.Single(failed.Errors).ToString());
    }

    [Fact]
    public async Task A_hostile_id_cannot_leave_the_attribute()
    {
        _site.With("_config.yml", "title: T\nplugins: [jekyll-gist]\ngist: {noscript: false}\nevil: '\"><script>alert(1)</script>'\n")
            .With("gist.html", "---\n---\n{% gist site.evil %}\n");

        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.Equal("<script src=\"https://gist.github.com/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.js\"> </script>\n", _site.Output("gist.html"));
    }

    public void Dispose() => _site.Dispose();
}
