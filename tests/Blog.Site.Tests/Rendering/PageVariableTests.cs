using Blog.Site.Content;

namespace Blog.Site.Tests.Rendering;

public class PageVariableTests
{
    private static async Task<string> RenderPost(string body, int index = 1)
    {
        var site = new TestSite();
        site.AddPost("third", 20, body, categories: ["devops"], tags: ["docker"], extension: ".html",
            data: new Dictionary<string, object?> { ["title"] = "Third", ["image"] = "/img/t.png", ["toc"] = true });
        site.AddPost("second", 15, body, extension: ".html");
        site.AddPost("first", 10, body, extension: ".html");
        return await site.Renderer().RenderPageAsync(site.Posts[index], null, CancellationToken.None);
    }

    [Fact]
    public async Task Page_exposes_url_title_date_and_id() =>
        Assert.Equal("/2024/02/15/second.html|Second|2024-02-15|/2024/02/15/second", await RenderPost("{{ page.url }}|{{ page.title }}|{{ page.date | date: '%F' }}|{{ page.id }}"));

    [Fact]
    public async Task Page_exposes_categories_tags_and_path() =>
        Assert.Equal("devops|docker|_posts/2024-02-20-third.html", await RenderPost("{{ page.categories | join: ',' }}|{{ page.tags | join: ',' }}|{{ page.path }}", index: 0));

    [Fact]
    public async Task Page_exposes_every_front_matter_key() =>
        Assert.Equal("/img/t.png true", await RenderPost("{{ page.image }} {{ page.toc }}", index: 0));

    [Fact]
    public async Task Page_next_is_the_newer_post_and_previous_the_older() =>
        Assert.Equal("next=Third previous=First", await RenderPost("next={{ page.next.title }} previous={{ page.previous.title }}"));

    [Fact]
    public async Task The_newest_post_has_no_next() =>
        Assert.Equal("[]", await RenderPost("[{{ page.next.title }}]", index: 0));

    [Fact]
    public async Task A_page_has_no_id_and_no_excerpt()
    {
        var site = new TestSite();
        Assert.Equal("[][]", await site.RenderLiquidAsync("[{{ page.id }}][{{ page.excerpt }}]"));
    }

    [Fact]
    public async Task Front_matter_documents_render_as_posts()
    {
        var site = new TestSite();
        var post = site.AddPost("hello", 14);
        var archive = site.AddPage("archive.html", "{% for p in page.posts %}{{ p.title }}:{{ p.url }}{% endfor %}",
            data: new Dictionary<string, object?> { ["posts"] = new List<Document> { post } });
        Assert.Equal("Hello:/2024/02/14/hello.html", await site.Renderer().RenderPageAsync(archive, null, CancellationToken.None));
    }

    [Fact]
    public async Task Paginator_exposes_the_pager()
    {
        var site = new TestSite();
        var newer = site.AddPost("newer", 20);
        var older = site.AddPost("older", 10);
        var index = site.AddPage("index.html", "{{ paginator.page }}/{{ paginator.total_pages }} {{ paginator.per_page }} {{ paginator.total_posts }} " +
            "{% for p in paginator.posts %}{{ p.title }}{% endfor %} prev={{ paginator.previous_page }}:{{ paginator.previous_page_path }} next={{ paginator.next_page }}:{{ paginator.next_page_path }}");
        var pager = new Pager(2, 1, 3, 3, [older], 1, "/", 3, "/page3/");
        Assert.Equal("2/3 1 3 Older prev=1:/ next=3:/page3/", await site.Renderer().RenderPageAsync(index, pager, CancellationToken.None));
    }

    [Fact]
    public async Task Paginator_is_nil_on_pages_without_a_pager() =>
        Assert.Equal("[]", await new TestSite().RenderLiquidAsync("[{{ paginator.page }}]"));

    [Fact]
    public async Task A_page_without_a_date_in_its_front_matter_has_no_date() =>
        Assert.Equal("[]", await new TestSite().RenderLiquidAsync("[{{ page.date }}]"));

    [Fact]
    public async Task Site_related_posts_are_the_most_recent_other_posts() =>
        Assert.Equal("Third,First", await RenderPost("{{ site.related_posts | map: 'title' | join: ',' }}"));
}
