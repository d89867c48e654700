namespace Blog.Site.Tests.Rendering.Tags;

public class LinkTagTests
{
    private static TestSite Site()
    {
        var site = new TestSite();
        site.Settings = site.Settings with { BaseUrl = "/blog", FilterBaseUrl = "/blog" };
        site.AddPost("comparing-runtimes", 14, categories: ["devops"]);
        site.AddPage("about.md", "About");
        return site;
    }

    [Fact]
    public async Task Link_gives_the_url_of_a_page_by_its_source_path() =>
        Assert.Equal("/blog/about.html", await Site().RenderLiquidAsync("{% link about.md %}"));

    [Fact]
    public async Task Link_gives_the_url_of_a_post_by_its_source_path() =>
        Assert.Equal("/blog/devops/2024/02/14/comparing-runtimes.html", await Site().RenderLiquidAsync("{% link _posts/2024-02-14-comparing-runtimes.md %}"));

    [Fact]
    public async Task Link_target_may_contain_variables()
    {
        var site = Site();
        site.Data["target"] = "about.md";
        Assert.Equal("/blog/about.html", await site.RenderLiquidAsync("{% link {{ site.data.target }} %}"));
    }

    [Fact]
    public async Task Post_url_finds_a_post_by_its_file_name() =>
        Assert.Equal("/blog/devops/2024/02/14/comparing-runtimes.html", await Site().RenderLiquidAsync("{% post_url 2024-02-14-comparing-runtimes %}"));

    [Fact]
    public async Task Link_to_a_missing_file_is_an_error_at_the_tag()
    {
        var site = Site();
        await site.RenderLiquidAsync("x\n  {% link nope.md %}");
        Assert.Equal("test.html:2:3: could not find document 'nope.md' in tag 'link' (give the path relative to the site folder, e.g. _posts/2024-02-14-slug.md)",
            Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task Post_url_to_a_missing_post_is_an_error()
    {
        var site = Site();
        await site.RenderLiquidAsync("{% post_url 2020-01-01-nope %}");
        Assert.Contains("could not find post '2020-01-01-nope' in tag 'post_url'", site.ErrorText);
    }

    [Fact]
    public async Task Raw_leaves_liquid_untouched() =>
        Assert.Equal("{{ page.title }} {% link x %}", await new TestSite().RenderLiquidAsync("{% raw %}{{ page.title }} {% link x %}{% endraw %}"));

    [Fact]
    public async Task A_link_target_from_a_variable_that_is_missing_is_an_error_at_the_tag()
    {
        var site = Site();
        site.Data["target"] = "gone.md";
        await site.RenderLiquidAsync("a\nb {% link {{ site.data.target }} %}");
        Assert.StartsWith("test.html:2:3: could not find document 'gone.md' in tag 'link'", Assert.Single(site.Errors.Errors).ToString());
    }
}
