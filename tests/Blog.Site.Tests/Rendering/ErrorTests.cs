namespace Blog.Site.Tests.Rendering;

public class ErrorTests
{
    [Fact]
    public async Task A_liquid_syntax_error_is_placed_at_its_line_in_the_file()
    {
        var site = new TestSite();
        var post = site.AddPost("broken", 14, "Intro\n\nThen {% if page.title %} never closed\n");
        await site.Renderer().RenderPageAsync(post, null, CancellationToken.None);
        var error = Assert.Single(site.Errors.Errors).ToString();
        Assert.StartsWith("_posts/2024-02-14-broken.md:", error);
        Assert.Contains("Liquid syntax error", error);
        Assert.Matches(@"^_posts/2024-02-14-broken\.md:(6|7):\d+: ", error);
    }

    [Fact]
    public async Task An_unknown_tag_is_a_syntax_error_at_the_tag()
    {
        var site = new TestSite();
        var page = site.AddPage("p.html", "line one\n  {% nosuchtag %}", bodyLine: 3);
        await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);
        Assert.Matches(@"^p\.html:4:\d+: Liquid syntax error: Unknown tag 'nosuchtag'", Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task Errors_of_several_pages_are_all_collected()
    {
        var site = new TestSite();
        var a = site.AddPage("a.html", "{% if %}");
        var b = site.AddPage("b.html", "{% unless %}");
        var c = site.AddPage("c.html", "fine");
        var renderer = site.Renderer();
        foreach (var page in new[] { a, b, c }) await renderer.RenderPageAsync(page, null, CancellationToken.None);
        Assert.Equal(["a.html", "b.html"], site.Errors.Errors.Select(e => e.Position.Path));
    }

    [Fact]
    public async Task A_failing_page_renders_empty_and_the_next_page_still_renders()
    {
        var site = new TestSite();
        var broken = site.AddPage("a.html", "{% if %}");
        var fine = site.AddPage("b.html", "fine");
        var renderer = site.Renderer();
        Assert.Equal("", await renderer.RenderPageAsync(broken, null, CancellationToken.None));
        Assert.Equal("fine", await renderer.RenderPageAsync(fine, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_runtime_error_names_the_template()
    {
        var site = new TestSite();
        await site.RenderLiquidAsync("{{ nothing | sort }}");
        Assert.StartsWith("test.html:1:1: Liquid error: cannot sort a null object", Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task A_broken_post_shown_in_a_listing_is_reported_at_the_post()
    {
        var site = new TestSite();
        site.AddPost("broken", 14, "x\n{% for %}");
        await site.RenderLiquidAsync("{{ site.posts[0].content }}");
        Assert.StartsWith("_posts/2024-02-14-broken.md:5:", Assert.Single(site.Errors.Errors).ToString());
    }
}
