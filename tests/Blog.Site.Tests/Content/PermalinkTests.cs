namespace Blog.Site.Tests.Content;

public sealed class PermalinkTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private Blog.Site.Content.Document PostWithStyle(string style, string fileName = "2024-02-14-my-post.md", string frontMatter = "categories: [DevOps]")
    {
        _site.WithConfig($"permalink: {style}\n");
        return _site.Post(fileName, frontMatter);
    }

    [Theory]
    [InlineData("date", "/devops/2024/02/14/my-post.html", "devops/2024/02/14/my-post.html")]
    [InlineData("pretty", "/devops/2024/02/14/my-post/", "devops/2024/02/14/my-post/index.html")]
    [InlineData("ordinal", "/devops/2024/045/my-post.html", "devops/2024/045/my-post.html")]
    [InlineData("none", "/devops/my-post.html", "devops/my-post.html")]
    [InlineData("weekdate", "/devops/2024/W07/Wed/my-post.html", "devops/2024/W07/Wed/my-post.html")]
    public void Named_styles_shape_post_URLs(string style, string url, string output)
    {
        var post = PostWithStyle(style);

        Assert.Equal((url, output), (post.Url, post.OutputPath));
    }

    [Fact]
    public void The_default_style_is_date() =>
        Assert.Equal("/2024/02/14/x.html", _site.Post("2024-02-14-x.md").Url);

    [Fact]
    public void A_custom_template_fills_every_date_placeholder() =>
        Assert.Equal("/24/2/9/02/09/13-05-07/x.html",
            PostWithStyle("/:short_year/:i_month/:i_day/:month/:day/:hour-:minute-:second/:title:output_ext", "2024-02-09-x.md", "date: 2024-02-09 13:05:07").Url);

    [Fact]
    public void Name_month_and_day_placeholders_are_English() =>
        Assert.Equal("/Feb/February/Friday/2024-02-09-x", PostWithStyle("/:short_month/:long_month/:long_day/:name", "2024-02-09-x.md", "").Url);

    [Fact]
    public void A_template_without_extension_writes_an_html_file()
    {
        var post = PostWithStyle("/:year/:title", "2024-02-14-x.md", "");

        Assert.Equal(("/2024/x", "2024/x.html"), (post.Url, post.OutputPath));
    }

    [Fact]
    public void A_front_matter_permalink_wins_and_may_use_placeholders()
    {
        var post = _site.Post("2024-02-14-x.md", "permalink: /notes/:year/:title/");

        Assert.Equal(("/notes/2024/x/", "notes/2024/x/index.html"), (post.Url, post.OutputPath));
    }

    [Fact]
    public void A_front_matter_permalink_extension_is_the_output_extension()
    {
        var post = _site.Post("2024-02-14-x.md", "permalink: /feeds/x.json");

        Assert.Equal("feeds/x.json", post.OutputPath);
    }

    [Fact]
    public void Title_placeholder_is_the_file_slug_not_the_front_matter_title() =>
        Assert.Equal("/2024/02/14/my-post.html", _site.Post("2024-02-14-my-post.md", "title: Something Else").Url);

    [Fact]
    public void Slug_front_matter_overrides_title_and_slug_placeholders()
    {
        _site.WithConfig("permalink: /:title/:slug/\n");

        Assert.Equal("/Other-Slug/other-slug/", _site.Post("2024-02-14-x.md", "slug: Other Slug").Url);
    }

    [Fact]
    public void The_title_placeholder_keeps_case_and_URL_safe_symbols() =>
        Assert.Equal("/2024/02/14/Mixed-Case-&-Symbols!.html", _site.Post("2024-02-14-Mixed Case & Symbols!.md").Url);

    [Fact]
    public void Unicode_slugs_stay_unicode_in_the_file_and_are_escaped_in_the_URL()
    {
        var post = _site.Post("2024-02-14-grüße-aus-köln.md");

        Assert.Equal("2024/02/14/grüße-aus-köln.html", post.OutputPath);
        Assert.Equal("/2024/02/14/gr%C3%BC%C3%9Fe-aus-k%C3%B6ln.html", post.Url);
    }

    [Fact]
    public void Categories_with_spaces_are_lower_cased_and_escaped_not_slugified()
    {
        var post = _site.Post("2024-02-14-x.md", "categories: [Dev Ops, C# & .NET]");

        Assert.Equal("/dev%20ops/c%23%20&%20.net/2024/02/14/x.html", post.Url);
        Assert.Equal("dev ops/c# & .net/2024/02/14/x.html", post.OutputPath);
    }

    [Fact]
    public void Unicode_categories_are_lower_cased() =>
        Assert.Equal("ünïcode/2024/02/14/x.html", _site.Post("2024-02-14-x.md", "categories: [Ünïcode]").OutputPath);

    [Fact]
    public void Slugified_categories_is_a_placeholder_too() =>
        Assert.Equal("/dev-ops/x/", PostWithStyle("/:slugified_categories/:title/", "2024-02-14-x.md", "categories: [Dev Ops]").Url);

    [Fact]
    public void Trailing_dots_leave_the_slug() =>
        Assert.Equal("2024/02/14/dots.html", _site.Post("2024-02-14-dots...md").OutputPath);

    [Fact]
    public void A_non_markdown_post_keeps_its_extension() =>
        Assert.Equal("2024/02/14/x.txt", _site.Post("2024-02-14-x.txt").OutputPath);

    [Fact]
    public void The_post_id_is_the_URL_folder_and_the_slug()
    {
        Assert.Equal("/2024/02/14/my-post", _site.Post("2024-02-14-my-post.md").Id);
    }

    [Fact]
    public void The_post_id_uses_the_slug_front_matter_as_written()
    {
        _site.WithConfig("permalink: pretty\n");

        Assert.Equal("/2024/02/14/Hello World", _site.Post("2024-02-14-x.md", "slug: Hello World").Id);
    }

    [Fact]
    public void An_unknown_placeholder_is_an_error_at_the_permalink_line()
    {
        _site.WithPost("2024-02-14-x.md", "title: x\npermalink: /:nope/");

        var content = _site.Read();

        Assert.Empty(content.Posts);
        var error = Assert.Single(_site.Errors.Errors);
        Assert.Equal(("_posts/2024-02-14-x.md", 3), (error.Position.Path, error.Position.Line));
        Assert.Contains(":nope", error.Message);
    }

    [Fact]
    public void A_month_placeholder_followed_by_an_underscore_still_works() =>
        Assert.Equal("/02_14/x/", PostWithStyle("/:month_:day/:title/", "2024-02-14-x.md", "").Url);

    [Fact]
    public void An_unknown_placeholder_in_the_site_permalink_is_one_error_not_one_per_post()
    {
        _site.WithConfig("permalink: /:nope/:title/\n").WithPost("2024-02-14-a.md").WithPost("2024-02-15-b.md");

        _site.Read();

        var error = Assert.Single(_site.Errors.Errors);
        Assert.Contains(":nope", error.Message);
    }
}
