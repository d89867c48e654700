using Blog.Site.Content;

namespace Blog.Site.Tests.Rendering;

public class SiteVariableTests
{
    private static TestSite Site()
    {
        var site = new TestSite();
        site.Settings = site.Settings with
        {
            Url = "https://ops.example",
            BaseUrl = "/blog",
            Description = "Measured, not guessed",
            Values = new Dictionary<string, object?> { ["url"] = "https://ops.example", ["baseurl"] = "/blog", ["author"] = "Ann", ["social"] = new Dictionary<string, object?> { ["github"] = "ann" }, ["paginate"] = 5 },
        };
        site.AddPost("third", 20, categories: ["devops"], tags: ["docker", "jvm"]);
        site.AddPost("second", 15, categories: ["java"], tags: ["jvm"]);
        site.AddPost("first", 10, categories: ["devops", "qemu"], tags: ["docker"]);
        site.AddPage("about.md", "About");
        site.StaticFiles.Add(new StaticFile("assets/logo.png", "/site/assets/logo.png", "/assets/logo.png", "assets/logo.png", TestSite.BuildTime));
        return site;
    }

    [Fact]
    public async Task Site_posts_are_newest_first() =>
        Assert.Equal("Third,Second,First", await Site().RenderLiquidAsync("{{ site.posts | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Site_exposes_every_config_value() =>
        Assert.Equal("Ann ann 5", await Site().RenderLiquidAsync("{{ site.author }} {{ site.social.github }} {{ site.paginate }}"));

    [Fact]
    public async Task Site_exposes_title_description_url_and_baseurl() =>
        Assert.Equal("Ops Notes|Measured, not guessed|https://ops.example|/blog", await Site().RenderLiquidAsync("{{ site.title }}|{{ site.description }}|{{ site.url }}|{{ site.baseurl }}"));

    [Fact]
    public async Task Site_categories_maps_names_to_posts_newest_first() =>
        Assert.Equal("Third,First", await Site().RenderLiquidAsync("{{ site.categories.devops | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Site_categories_iterate_as_name_and_posts_in_order_of_first_use_from_the_oldest_post() =>
        Assert.Equal("devops:2 qemu:1 java:1 ", await Site().RenderLiquidAsync("{% for c in site.categories %}{{ c[0] }}:{{ c[1].size }} {% endfor %}"));

    [Fact]
    public async Task Site_tags_are_looked_up_by_index() =>
        Assert.Equal("Third,Second", await Site().RenderLiquidAsync("{{ site.tags['jvm'] | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Site_tags_have_a_size() =>
        Assert.Equal("2", await Site().RenderLiquidAsync("{{ site.tags | size }}"));

    [Fact]
    public async Task Site_data_exposes_data_files()
    {
        var site = Site();
        site.Data["nav"] = new List<object?> { new Dictionary<string, object?> { ["title"] = "Home", ["url"] = "/" }, new Dictionary<string, object?> { ["title"] = "Lab", ["url"] = "/lab/" } };
        Assert.Equal("Home=/ Lab=/lab/ ", await site.RenderLiquidAsync("{% for item in site.data.nav %}{{ item.title }}={{ item.url }} {% endfor %}"));
    }

    [Fact]
    public async Task Site_data_maps_with_object_keys_are_readable()
    {
        var site = Site();
        site.Data["settings"] = new Dictionary<object, object> { ["theme"] = "dark" };
        Assert.Equal("dark", await site.RenderLiquidAsync("{{ site.data.settings.theme }}"));
    }

    [Fact]
    public async Task Site_pages_lists_the_pages() =>
        Assert.Equal("/about.html,/test.html", await Site().RenderLiquidAsync("{{ site.pages | map: 'url' | join: ',' }}"));

    [Fact]
    public async Task Site_static_files_list_path_and_extension() =>
        Assert.Equal("/assets/logo.png .png", await Site().RenderLiquidAsync("{% for f in site.static_files %}{{ f.path }} {{ f.extname }}{% endfor %}"));

    [Fact]
    public async Task Jekyll_version_is_exposed() =>
        Assert.StartsWith("4.", await Site().RenderLiquidAsync("{{ jekyll.version }}"));
}
