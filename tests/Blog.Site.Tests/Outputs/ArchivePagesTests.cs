using Blog.Site.Content;
using Blog.Site.Outputs.Pages.Archives;

namespace Blog.Site.Tests.Outputs;

public class ArchivePagesTests
{
    private static IReadOnlyList<Document> Generate(IReadOnlyList<Document> posts, Blog.Site.Config.SiteSettings? site = null, params string[] layouts) =>
        ArchivePages.Generate(Given.Content(site ?? BlogWithArchives(), posts, layouts.Length == 0 ? ["archive"] : layouts));

    /// <summary>A site that lists jekyll-archives and enables both kinds at the permalinks this blog's theme links to.</summary>
    private static Blog.Site.Config.SiteSettings BlogWithArchives(params string[] plugins) =>
        Given.Site(plugins: plugins.Length == 0 ? Given.AllPlugins : plugins, values: [("jekyll-archives", new Dictionary<object, object>
        {
            ["enabled"] = new List<object> { "categories", "tags" },
            ["permalinks"] = new Dictionary<object, object> { ["category"] = "/categories/:name/", ["tag"] = "/tags/:name/" },
        })]);

    [Fact]
    public void Without_jekyll_archives_in_the_plugins_there_are_no_archive_pages()
    {
        Assert.Empty(Generate([Given.Post("a", categories: ["c"], tags: ["t"])], BlogWithArchives("jekyll-feed")));
    }

    [Fact]
    public void Jekyll_archives_enables_nothing_by_default_and_uses_its_own_permalinks_when_enabled()
    {
        Assert.Empty(Generate([Given.Post("a", categories: ["c"])], Given.Site()));

        var site = Given.Site(values: [("jekyll-archives", new Dictionary<object, object> { ["enabled"] = "all" })]);
        var pages = Generate([Given.Post("a", categories: ["c"], tags: ["t"])], site);

        Assert.Equal(["/category/c/", "/tag/t/"], pages.Select(p => p.Url));
    }

    [Fact]
    public void Each_category_and_tag_gets_a_generated_page()
    {
        var pages = Generate([Given.Post("a", categories: ["devops"], tags: ["docker"])]);

        Assert.Equal(["/categories/devops/", "/tags/docker/"], pages.Select(p => p.Url));
        Assert.Equal(["categories/devops/index.html", "tags/docker/index.html"], pages.Select(p => p.OutputPath));
        Assert.All(pages, p => Assert.Equal(DocumentKind.Generated, p.Kind));
    }

    [Fact]
    public void An_archive_page_carries_layout_title_type_and_posts()
    {
        var page = Generate([Given.Post("a", categories: ["DevOps"])]).Single();

        Assert.Equal("archive", page.Data["layout"]);
        Assert.Equal("archive", page.Layout);
        Assert.Equal("DevOps", page.Data["title"]);
        Assert.Equal("category", page.Data["type"]);
        Assert.Equal(["a"], ((IReadOnlyList<Document>)page.Data["posts"]!).Select(p => p.Slug));
    }

    [Fact]
    public void Archive_posts_are_newest_first()
    {
        var posts = Given.Posts(3).Select(p => p with { Tags = ["t"] }).ToList();

        var archive = Generate(posts).Single();

        Assert.Equal(["post-0", "post-1", "post-2"], ((IReadOnlyList<Document>)archive.Data["posts"]!).Select(p => p.Slug));
    }

    [Fact]
    public void A_category_with_spaces_gets_a_hyphenated_lower_case_url()
    {
        var page = Generate([Given.Post("a", categories: ["Continuous Delivery"])]).Single();

        Assert.Equal("/categories/continuous-delivery/", page.Url);
        Assert.Equal("Continuous Delivery", page.Title);
    }

    [Fact]
    public void A_unicode_category_keeps_its_letters_percent_encoded_in_the_url_and_raw_in_the_file_name()
    {
        var page = Generate([Given.Post("a", categories: ["Café Ünïcode"])]).Single();

        Assert.Equal("/categories/caf%C3%A9-%C3%BCn%C3%AFcode/", page.Url);
        Assert.Equal("categories/café-ünïcode/index.html", page.OutputPath);
    }

    [Fact]
    public void Names_with_the_same_slug_share_one_page_listing_each_post_once()
    {
        var pages = Generate([Given.Post("a", tags: ["CI/CD", "ci-cd"]), Given.Post("b", tags: ["ci cd"])]);

        var page = Assert.Single(pages);
        Assert.Equal("/tags/ci-cd/", page.Url);
        Assert.Equal(["a", "b"], ((IReadOnlyList<Document>)page.Data["posts"]!).Select(p => p.Slug));
    }

    [Fact]
    public void A_category_or_tag_layout_is_preferred_to_archive()
    {
        var pages = Generate([Given.Post("a", categories: ["c"], tags: ["t"])], null, "archive", "category", "tag");

        Assert.Equal(["category", "tag"], pages.Select(p => p.Layout));
    }

    [Fact]
    public void Without_an_archive_layout_no_archive_pages_are_made()
    {
        Assert.Empty(Generate([Given.Post("a", categories: ["c"])], null, "default"));
    }

    [Fact]
    public void Archive_permalinks_and_enabled_kinds_are_configurable()
    {
        var site = Given.Site(values: [("jekyll-archives", new Dictionary<object, object>
        {
            ["enabled"] = new List<object> { "tags" },
            ["permalinks"] = new Dictionary<object, object> { ["tag"] = "/topic/:name.html" },
        })]);

        var page = Generate([Given.Post("a", categories: ["c"], tags: ["Kubernetes"])], site).Single();

        Assert.Equal("/topic/kubernetes.html", page.Url);
        Assert.Equal("topic/kubernetes.html", page.OutputPath);
    }

    [Fact]
    public void Ten_thousand_posts_in_a_few_categories_make_one_page_per_category()
    {
        var posts = Given.Posts(10_000).Select((p, i) => p with { Categories = [$"cat {i % 7}"], Tags = [] }).ToList();

        var pages = Generate(posts);

        Assert.Equal(7, pages.Count);
        Assert.Equal(10_000, pages.Sum(p => ((IReadOnlyList<Document>)p.Data["posts"]!).Count));
    }
}
