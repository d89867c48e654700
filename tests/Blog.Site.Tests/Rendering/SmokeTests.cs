namespace Blog.Site.Tests.Rendering;

public class SmokeTests
{
    [Fact]
    public async Task A_page_renders_liquid()
    {
        var site = new TestSite();
        var html = await site.RenderLiquidAsync("{{ site.title }} {{ 'a b' | slugify }} {{ page.url }}");
        Assert.Equal("Ops Notes a-b /test.html", html);
        Assert.Empty(site.Errors.Errors);
    }
}
