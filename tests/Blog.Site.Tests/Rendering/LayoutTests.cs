using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering;

public class LayoutTests
{
    [Fact]
    public async Task A_layout_wraps_the_content()
    {
        var site = new TestSite().WithLayout("default", "<main>{{ content }}</main>");
        var page = site.AddPage("about.md", "Hi", layout: "default");
        Assert.Equal("<main><p>Hi</p>\n</main>", await site.Renderer().RenderPageAsync(page, null, CancellationToken.None));
    }

    [Fact]
    public async Task Layouts_nest_through_their_own_front_matter()
    {
        var site = new TestSite()
            .WithLayout("default", "<html>{{ content }}</html>")
            .WithLayout("post", "<article>{{ content }}</article>", new Dictionary<string, object?> { ["layout"] = "default" });
        var post = site.AddPost("hello", 14, "Hi", layout: "post");
        Assert.Equal("<html><article><p>Hi</p>\n</article></html>", await site.Renderer().RenderPageAsync(post, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_layout_sees_its_front_matter_as_layout_with_inner_values_winning()
    {
        var site = new TestSite()
            .WithLayout("default", "{{ layout.width }}-{{ layout.theme }}|{{ content }}", new Dictionary<string, object?> { ["width"] = "wide", ["theme"] = "dark" })
            .WithLayout("post", "{{ layout.width }}", new Dictionary<string, object?> { ["layout"] = "default", ["width"] = "narrow" });
        var page = site.AddPage("p.html", "x", layout: "post");
        Assert.Equal("narrow-dark|narrow", await site.Renderer().RenderPageAsync(page, null, CancellationToken.None));
    }

    [Fact]
    public async Task Page_content_in_a_post_layout_is_the_converted_content()
    {
        var site = new TestSite().WithLayout("default", "{{ page.content }}|{{ page.title }}");
        var post = site.AddPost("hello", 14, "*hi*", layout: "default");
        Assert.Equal("<p><em>hi</em></p>\n|Hello", await site.Renderer().RenderPageAsync(post, null, CancellationToken.None));
    }

    [Fact]
    public async Task Page_content_in_a_page_layout_is_the_text_as_written()
    {
        // Jekyll gives a page's layouts the page as it was before rendering; a post's as it is now.
        var site = new TestSite().WithLayout("default", "{{ page.content }}|{{ page.title }}");
        var page = site.AddPage("about.md", "*{{ page.title }}*", layout: "default", data: new Dictionary<string, object?> { ["title"] = "About" });
        Assert.Equal("*{{ page.title }}*|About", await site.Renderer().RenderPageAsync(page, null, CancellationToken.None));
    }

    [Fact]
    public async Task Page_content_in_layouts_is_what_Jekyll_gives_them()
    {
        using var site = new TempSite();
        site.With("_config.yml", "title: T\n")
            .With("_layouts/l.html", "[{{ page.content | strip_html | strip }}]")
            .With("a.html", "---\nlayout: l\n---\n{% assign x = 'hi' %}<b>{{ x }}</b>\n")
            .With("b.md", "---\nlayout: l\n---\n**{{ 'md' | upcase }}**\n")
            .With("_posts/2024-02-14-c.md", "---\nlayout: l\n---\n**{{ 'post' | upcase }}**\n");

        var jekyll = await JekyllOracle.BuildBothAsync(site);

        foreach (var file in (string[])["a.html", "b.html", "2024/02/14/c.html"])
            Assert.Equal(File.ReadAllText(Path.Combine(jekyll, file)), site.Output(file));
    }

    [Fact]
    public async Task No_layout_gives_the_content_only()
    {
        var site = new TestSite().WithLayout("default", "<main>{{ content }}</main>");
        var page = site.AddPage("feed.xml", "<feed>{{ site.title }}</feed>");
        Assert.Equal("<feed>Ops Notes</feed>", await site.Renderer().RenderPageAsync(page, null, CancellationToken.None));
    }

    [Fact]
    public async Task Layouts_see_the_paginator()
    {
        var site = new TestSite().WithLayout("home", "page {{ paginator.page }}: {{ content }}");
        var index = site.AddPage("index.html", "list", layout: "home");
        var pager = new Blog.Site.Content.Pager(1, 10, 1, 0, [], null, null, null, null);
        Assert.Equal("page 1: list", await site.Renderer().RenderPageAsync(index, pager, CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_layout_is_an_error_naming_the_document_and_the_layout()
    {
        var site = new TestSite();
        var page = site.AddPage("about.md", "Hi", layout: "nosuch");
        await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);
        var error = Assert.Single(site.Errors.Errors).ToString();
        Assert.StartsWith("about.md:", error);
        Assert.Contains("unknown layout 'nosuch'", error);
    }

    [Fact]
    public async Task An_unknown_layout_error_points_at_the_layout_line_of_the_front_matter()
    {
        var folder = Directory.CreateTempSubdirectory("blog-layout-");
        try
        {
            var file = Path.Combine(folder.FullName, "about.md");
            await File.WriteAllTextAsync(file, "---\ntitle: About\nlayout: nosuch\n---\nHi\n");
            var site = new TestSite();
            var page = site.AddPage("about.md", "Hi\n", layout: "nosuch", bodyLine: 5) with { FullPath = file };
            site.Pages[^1] = page;
            await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);
            Assert.StartsWith("about.md:3:1: unknown layout 'nosuch'", Assert.Single(site.Errors.Errors).ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_parent_layout_is_an_error_at_the_layout_file()
    {
        var site = new TestSite().WithLayout("post", "{{ content }}", new Dictionary<string, object?> { ["layout"] = "gone" });
        var page = site.AddPage("p.html", "x", layout: "post");
        await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);
        Assert.StartsWith("_layouts/post.html:", Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task A_layout_cycle_stops_with_a_warning()
    {
        var site = new TestSite()
            .WithLayout("a", "a({{ content }})", new Dictionary<string, object?> { ["layout"] = "b" })
            .WithLayout("b", "b({{ content }})", new Dictionary<string, object?> { ["layout"] = "a" });
        var page = site.AddPage("p.html", "x", layout: "a");
        Assert.Equal("b(a(x))", await site.Renderer().RenderPageAsync(page, null, CancellationToken.None));
        Assert.Single(site.Errors.Warnings);
    }

    [Fact]
    public async Task A_broken_layout_is_reported_once_for_all_pages_using_it()
    {
        var site = new TestSite().WithLayout("default", "<html>\n{% for x in %}\n</html>", bodyLine: 4);
        var pages = Enumerable.Range(0, 5).Select(i => site.AddPage($"p{i}.html", "x", layout: "default")).ToList();
        var renderer = site.Renderer();
        foreach (var page in pages) await renderer.RenderPageAsync(page, null, CancellationToken.None);
        Assert.StartsWith("_layouts/default.html:5:", Assert.Single(site.Errors.Errors).ToString());
    }
}
