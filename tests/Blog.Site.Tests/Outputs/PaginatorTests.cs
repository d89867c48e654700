using Blog.Site.Outputs.Pages.Pagination;

namespace Blog.Site.Tests.Outputs;

public class PaginatorTests
{
    private static readonly Blog.Site.Content.Document Index = Given.Page("index.html", "/", "index.html");

    [Fact]
    public void Posts_are_split_into_pages_of_paginate_posts()
    {
        var pages = Paginator.Paginate(Given.Site(paginate: 10), Index, Given.Posts(25));

        Assert.Equal(3, pages.Count);
        Assert.Equal([10, 10, 5], pages.Select(p => p.Pager.Posts.Count));
        Assert.All(pages, p => Assert.Equal(3, p.Pager.TotalPages));
        Assert.All(pages, p => Assert.Equal(25, p.Pager.TotalPosts));
        Assert.Equal("post-20", pages[2].Pager.Posts[0].Slug);
    }

    [Fact]
    public void Page_one_keeps_the_index_url_and_later_pages_follow_paginate_path()
    {
        var pages = Paginator.Paginate(Given.Site(paginate: 2), Index, Given.Posts(5));

        Assert.Same(Index, pages[0].Page);
        Assert.Equal(["/", "/page2/", "/page3/"], pages.Select(p => p.Page.Url));
        Assert.Equal(["index.html", "page2/index.html", "page3/index.html"], pages.Select(p => p.Page.OutputPath));
    }

    [Fact]
    public void Previous_and_next_link_neighbouring_pages()
    {
        var pages = Paginator.Paginate(Given.Site(paginate: 2), Index, Given.Posts(5));

        Assert.Equal((null, null, 2, "/page2/"), (pages[0].Pager.PreviousPage, pages[0].Pager.PreviousPagePath, pages[0].Pager.NextPage, pages[0].Pager.NextPagePath));
        Assert.Equal((1, "/", 3, "/page3/"), (pages[1].Pager.PreviousPage, pages[1].Pager.PreviousPagePath, pages[1].Pager.NextPage, pages[1].Pager.NextPagePath));
        Assert.Equal((2, "/page2/", null, null), (pages[2].Pager.PreviousPage, pages[2].Pager.PreviousPagePath, pages[2].Pager.NextPage, pages[2].Pager.NextPagePath));
    }

    [Fact]
    public void Pager_paths_leave_the_base_url_to_relative_url_as_jekyll_paginate_does()
    {
        var pages = Paginator.Paginate(Given.Site(baseUrl: "/blog", paginate: 1), Index, Given.Posts(2));

        Assert.Equal("/page2/", pages[0].Pager.NextPagePath);
        Assert.Equal("/", pages[1].Pager.PreviousPagePath);
    }

    [Fact]
    public void Paginate_zero_means_no_pagination()
    {
        Assert.Empty(Paginator.Paginate(Given.Site(paginate: 0), Index, Given.Posts(5)));
    }

    [Fact]
    public void Without_jekyll_paginate_in_the_plugins_nothing_is_paginated()
    {
        var site = Given.Site(paginate: 2, plugins: ["jekyll-feed"]);

        Assert.Null(Paginator.FindTemplatePage(site, [Index]));
        Assert.Empty(Paginator.Paginate(site, [Index], Given.Posts(5)));
    }

    [Fact]
    public void Only_an_index_html_page_is_paginated()
    {
        var markdownIndex = Given.Page("index.md", "/", "index.html");

        Assert.Empty(Paginator.Paginate(Given.Site(paginate: 2), markdownIndex, Given.Posts(5)));
    }

    [Fact]
    public void Paginate_path_in_a_folder_paginates_that_folders_index()
    {
        var site = Given.Site(paginate: 2, paginatePath: "/blog/page:num/");
        var blogIndex = Given.Page("blog/index.html", "/blog/", "blog/index.html");

        Assert.Same(blogIndex, Paginator.FindTemplatePage(site, [Index, blogIndex]));
        Assert.Equal(["/blog/", "/blog/page2/"], Paginator.Paginate(site, blogIndex, Given.Posts(3)).Select(p => p.Page.Url));
    }

    [Fact]
    public void Of_several_candidate_index_pages_only_the_deepest_is_paginated()
    {
        var site = Given.Site(paginate: 2, paginatePath: "/blog/page:num/");
        var blogIndex = Given.Page("blog/index.html", "/blog/", "blog/index.html");

        var pages = Paginator.Paginate(site, [Index, blogIndex, Given.Page("about.md", "/about/")], Given.Posts(3));

        Assert.Equal(["blog/index.html", "blog/page2/index.html"], pages.Select(p => p.Page.OutputPath));
    }

    [Fact]
    public void An_index_outside_the_paginate_path_folder_is_not_paginated()
    {
        var site = Given.Site(paginate: 2, paginatePath: "/blog/page:num/");
        var docsIndex = Given.Page("docs/index.html", "/docs/", "docs/index.html");

        Assert.Null(Paginator.FindTemplatePage(site, [docsIndex]));
        Assert.Empty(Paginator.Paginate(site, docsIndex, Given.Posts(3)));
    }

    [Fact]
    public void Hidden_posts_are_not_paginated()
    {
        var posts = new[] { Given.Post("shown"), Given.Post("hidden", data: [("hidden", true)]) };

        var pages = Paginator.Paginate(Given.Site(paginate: 5), Index, posts);

        Assert.Equal(["shown"], pages.Single().Pager.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void A_paginate_path_without_num_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Paginator.Paginate(Given.Site(paginate: 2, paginatePath: "/page/"), Index, Given.Posts(3)));
    }

    [Fact]
    public void Ten_thousand_posts_are_each_listed_on_exactly_one_page()
    {
        var posts = Given.Posts(10_000);

        var pages = Paginator.Paginate(Given.Site(paginate: 10), Index, posts);

        Assert.Equal(1000, pages.Count);
        Assert.Equal(posts, pages.SelectMany(p => p.Pager.Posts));
        Assert.Equal("page1000/index.html", pages[^1].Page.OutputPath);
    }
}
