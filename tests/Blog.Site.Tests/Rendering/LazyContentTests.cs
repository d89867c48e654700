using Blog.Site.Content;

namespace Blog.Site.Tests.Rendering;

public class LazyContentTests
{
    [Fact]
    public async Task Post_content_in_a_listing_is_the_rendered_content()
    {
        var site = new TestSite();
        site.AddPost("hello", 14, "Hi **{{ page.title }}**");
        Assert.Equal("<p>Hi <strong>Hello</strong></p>\n", await site.RenderLiquidAsync("{{ site.posts[0].content }}"));
    }

    [Fact]
    public async Task Post_excerpt_is_the_rendered_text_before_the_separator()
    {
        var site = new TestSite();
        site.AddPost("hello", 14, "First *para*.\n\nSecond para.");
        Assert.Equal("<p>First <em>para</em>.</p>\n", await site.RenderLiquidAsync("{{ site.posts[0].excerpt }}"));
    }

    [Fact]
    public async Task A_custom_excerpt_separator_is_honoured()
    {
        var site = new TestSite();
        var post = site.AddPost("hello", 14, "One\n\nTwo\n<!--more-->\nThree") with { ExcerptSeparator = "<!--more-->" };
        site.Posts[0] = post;
        Assert.Equal("<p>One</p>\n\n<p>Two</p>\n", await site.Renderer().RenderExcerptAsync(post, CancellationToken.None));
    }

    [Fact]
    public async Task An_excerpt_keeps_link_references_defined_later()
    {
        var site = new TestSite();
        var post = site.AddPost("hello", 14, "See [docs][d].\n\nMore.\n\n[d]: https://docs.example/\n");
        Assert.Equal("<p>See <a href=\"https://docs.example/\">docs</a>.</p>\n\n", await site.Renderer().RenderExcerptAsync(post, CancellationToken.None));
    }

    [Fact]
    public async Task An_excerpt_gets_only_the_link_references_it_uses()
    {
        // Jekyll's extract_excerpt appends the definitions after the separator whose [label] the excerpt holds, and nothing else.
        var site = new TestSite();
        var post = site.AddPost("hello", 14, "e\n\nf [1]\n\n[1]: http://x\n");
        Assert.Equal("<p>e</p>\n", await site.Renderer().RenderExcerptAsync(post, CancellationToken.None));
    }

    [Fact]
    public async Task An_excerpt_cut_inside_a_liquid_block_is_closed_without_error()
    {
        var site = new TestSite();
        var post = site.AddPost("hello", 14, "{% if true %}\nIn block\n\nStill in block\n{% endif %}");
        var excerpt = await site.Renderer().RenderExcerptAsync(post, CancellationToken.None);
        Assert.Contains("In block", excerpt);
        Assert.False(site.Errors.HasErrors, site.ErrorText);
    }

    [Fact]
    public async Task Front_matter_excerpt_wins()
    {
        var site = new TestSite();
        site.AddPost("hello", 14, "Body", data: new Dictionary<string, object?> { ["title"] = "Hello", ["excerpt"] = "Given" });
        Assert.Equal("Given", await site.RenderLiquidAsync("{{ site.posts[0].excerpt }}"));
    }

    [Fact]
    public async Task A_post_showing_its_own_content_gets_the_unrendered_text_instead_of_recursing()
    {
        var site = new TestSite();
        const string body = "A {{ page.content | size }}";
        var post = site.AddPost("self", 14, body, extension: ".html");
        Assert.Equal($"A {body.Length}", await site.Renderer().RenderContentAsync(post, CancellationToken.None));
    }

    [Fact]
    public async Task A_post_layout_gets_the_rendered_excerpt_of_its_post()
    {
        var site = new TestSite().WithLayout("post", "<meta content=\"{{ page.excerpt | strip_html | strip }}\">{{ content }}");
        var post = site.AddPost("hello", 14, "First *para*.\n\nSecond.", layout: "post");
        var html = await site.Renderer().RenderPageAsync(post, null, CancellationToken.None);
        Assert.StartsWith("<meta content=\"First para.\">", html);
    }

    [Fact]
    public async Task An_excerpt_that_shows_itself_terminates()
    {
        var site = new TestSite();
        const string excerpt = "Me: {{ page.excerpt | size }}";
        var post = site.AddPost("self", 14, excerpt + "\n\nRest");
        Assert.Equal($"<p>Me: {excerpt.Length}</p>\n", await site.Renderer().RenderExcerptAsync(post, CancellationToken.None));
    }

    [Fact]
    public async Task Posts_showing_each_others_content_terminate()
    {
        var site = new TestSite();
        site.AddPost("b", 15, "B[{% for p in site.posts %}{% if p.url != page.url %}{{ p.content }}{% endif %}{% endfor %}]", extension: ".html");
        site.AddPost("a", 14, "A[{% for p in site.posts %}{% if p.url != page.url %}{{ p.content }}{% endif %}{% endfor %}]", extension: ".html");
        var html = await site.Renderer().RenderContentAsync(site.Posts[0], CancellationToken.None);
        Assert.StartsWith("B[A[", html);
        Assert.False(site.Errors.HasErrors, site.ErrorText);
    }

    [Fact]
    public async Task Content_is_only_rendered_when_a_template_asks_for_it()
    {
        var site = new TestSite();
        site.AddPost("broken", 14, "{{ 'x' | not_a_filter }}");
        var html = await site.RenderLiquidAsync("{{ site.posts[0].title }}");
        Assert.Equal("Broken", html);
        Assert.False(site.Errors.HasErrors);
    }

    [Fact]
    public async Task A_listing_of_ten_thousand_posts_renders_titles_without_rendering_contents()
    {
        var site = new TestSite();
        for (var i = 0; i < 10_000; i++) site.AddPost($"post-{i}", 1 + i % 28, "{{ 'never' | not_a_filter }}");
        var html = await site.RenderLiquidAsync("{{ site.posts | size }} {{ site.posts.last.title }}");
        Assert.Equal("10000 Post 9999", html);
        Assert.False(site.Errors.HasErrors);
    }

    [Fact]
    public async Task Pages_render_in_parallel_with_shared_templates()
    {
        var site = new TestSite().WithLayout("default", "<main>{% include nav.html current=page.url %}{{ content }}</main>").WithInclude("nav.html", "[{{ include.current }}]");
        var posts = Enumerable.Range(1, 28).Select(day => site.AddPost($"p{day}", day, "Post {{ page.title }} {{ site.posts.size }}", layout: "default")).ToList();
        var renderer = site.Renderer();
        var pages = await Task.WhenAll(posts.Select(p => Task.Run(async () => await renderer.RenderPageAsync(p, null, CancellationToken.None))));
        for (var i = 0; i < posts.Count; i++)
            Assert.Equal($"<main>[{posts[i].Url}]<p>Post {posts[i].Title} 28</p>\n</main>", pages[i]);
        Assert.False(site.Errors.HasErrors, site.ErrorText);
    }

    [Fact]
    public async Task A_cancelled_render_throws()
    {
        var site = new TestSite();
        var page = site.AddPage("a.html", "x");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await site.Renderer().RenderPageAsync(page, null, new CancellationToken(canceled: true)));
    }
}
