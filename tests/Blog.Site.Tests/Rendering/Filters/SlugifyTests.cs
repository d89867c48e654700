using Blog.Site.Content.Permalinks;

namespace Blog.Site.Tests.Rendering.Filters;

public class SlugifyTests
{
    [Theory]
    [InlineData("The _config.yml file", null, "the-config-yml-file")]
    [InlineData("The _config.yml file", "default", "the-config-yml-file")]
    [InlineData("The _config.yml file?", "pretty", "the-_config.yml-file")]
    [InlineData("The _config.yml file", "raw", "the-_config.yml-file")]
    [InlineData("The _cönfig.yml file?", "ascii", "the-c-nfig-yml-file")]
    [InlineData("The cönfig.yml file?", "latin", "the-config-yml-file")]
    [InlineData("Straße über Ærø", "latin", "strasse-uber-aero")]
    [InlineData("  --Docker & Kubernetes!--  ", null, "docker-kubernetes")]
    [InlineData("Ünïcödé Slug", null, "ünïcödé-slug")]
    [InlineData("Mixed Case", "none", "mixed case")]
    public void Slugify_follows_jekyll_modes(string text, string? mode, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text, Slugifier.ParseMode(mode)));

    [Fact]
    public async Task Slugify_filter_takes_the_mode_argument() =>
        Assert.Equal("the-_config.yml-file", await new TestSite().RenderLiquidAsync("{{ 'The _config.yml file?' | slugify: 'pretty' }}"));
}
