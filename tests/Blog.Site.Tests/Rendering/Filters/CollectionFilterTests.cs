namespace Blog.Site.Tests.Rendering.Filters;

public class CollectionFilterTests
{
    private static TestSite Site()
    {
        var site = new TestSite();
        site.AddPost("newest", 20, categories: ["devops"], tags: ["docker"], data: new Dictionary<string, object?> { ["title"] = "Newest", ["rank"] = "2", ["author"] = new Dictionary<string, object?> { ["name"] = "Ann" } });
        site.AddPost("middle", 15, categories: ["java"], data: new Dictionary<string, object?> { ["title"] = "Middle", ["rank"] = "10" });
        site.AddPost("oldest", 10, categories: ["devops", "qemu"], tags: ["vm"], data: new Dictionary<string, object?> { ["title"] = "Oldest", ["rank"] = "1", ["author"] = new Dictionary<string, object?> { ["name"] = "Bob" } });
        return site;
    }

    [Fact]
    public async Task Where_matches_a_property_value() =>
        Assert.Equal("Middle", await Site().RenderLiquidAsync("{{ site.posts | where: 'title', 'Middle' | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Where_matches_an_element_of_a_list_property() =>
        Assert.Equal("Newest,Oldest", await Site().RenderLiquidAsync("{{ site.posts | where: 'categories', 'devops' | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Where_compares_as_text() =>
        Assert.Equal("Middle", await Site().RenderLiquidAsync("{{ site.posts | where: 'rank', 10 | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Where_follows_dotted_property_paths() =>
        Assert.Equal("Oldest", await Site().RenderLiquidAsync("{{ site.posts | where: 'author.name', 'Bob' | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Where_exp_keeps_items_for_which_the_condition_holds() =>
        Assert.Equal("Newest,Oldest", await Site().RenderLiquidAsync("{{ site.posts | where_exp: 'post', \"post.categories contains 'devops'\" | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Where_exp_supports_and_or() =>
        Assert.Equal("Oldest", await Site().RenderLiquidAsync("{{ site.posts | where_exp: 'p', \"p.title == 'Oldest' or p.title == 'Nope'\" | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Find_returns_the_first_match() =>
        Assert.Equal("Newest", await Site().RenderLiquidAsync("{{ site.posts | find: 'categories', 'devops' | map: 'title' }}"));

    [Fact]
    public async Task Find_exp_returns_the_first_item_satisfying_the_condition() =>
        Assert.Equal("Middle", await Site().RenderLiquidAsync("{% assign p = site.posts | find_exp: 'p', \"p.rank == '10'\" %}{{ p.title }}"));

    [Fact]
    public async Task Group_by_groups_in_order_of_first_appearance_with_name_items_size() =>
        Assert.Equal("[\"devops\"]:1;[\"java\"]:1;[\"devops\", \"qemu\"]:1;",
            await Site().RenderLiquidAsync("{% assign groups = site.posts | group_by: 'categories' %}{% for g in groups %}{{ g.name }}:{{ g.size }};{% endfor %}"));

    [Fact]
    public async Task Group_by_on_a_plain_property() =>
        Assert.Equal("2024:Newest,Middle,Oldest",
            await Site().RenderLiquidAsync("{% assign groups = site.posts | group_by_exp: 'post', \"post.date | date: '%Y'\" %}{% for g in groups %}{{ g.name }}:{{ g.items | map: 'title' | join: ',' }}{% endfor %}"));

    [Fact]
    public async Task Sort_by_property_compares_numeric_text_as_numbers() =>
        Assert.Equal("Oldest,Newest,Middle", await Site().RenderLiquidAsync("{{ site.posts | sort: 'rank' | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Sort_puts_missing_properties_first_by_default() =>
        Assert.Equal("Middle,Newest,Oldest", await Site().RenderLiquidAsync("{{ site.posts | sort: 'author.name' | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Sort_puts_missing_properties_last_when_asked() =>
        Assert.Equal("Newest,Oldest,Middle", await Site().RenderLiquidAsync("{{ site.posts | sort: 'author.name', 'last' | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Sort_without_property_sorts_text_as_text() =>
        Assert.Equal("1,10,2", await new TestSite().RenderLiquidAsync("{% assign n = '10,2,1' | split: ',' %}{{ n | sort | join: ',' }}"));

    [Fact]
    public async Task Sort_without_property_sorts_numbers_as_numbers()
    {
        var site = new TestSite();
        site.Data["numbers"] = new List<object?> { 10, 2, 1 };
        Assert.Equal("1,2,10", await site.RenderLiquidAsync("{{ site.data.numbers | sort | join: ',' }}"));
    }

    [Fact]
    public async Task Sort_dates_chronologically() =>
        Assert.Equal("Oldest,Middle,Newest", await Site().RenderLiquidAsync("{{ site.posts | sort: 'date' | map: 'title' | join: ',' }}"));

    [Fact]
    public async Task Push_appends_and_pop_removes_the_last() =>
        Assert.Equal("a,b,c|a", await new TestSite().RenderLiquidAsync("{% assign a = 'a,b' | split: ',' %}{{ a | push: 'c' | join: ',' }}|{{ a | pop | join: ',' }}"));

    [Fact]
    public async Task Sort_of_a_hash_gives_its_pairs_by_key() =>
        Assert.Equal("devops java qemu ", await Site().RenderLiquidAsync("{% assign cats = site.categories | sort %}{% for c in cats %}{{ c[0] }} {% endfor %}"));
}
