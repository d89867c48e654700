using Blog.Site.Content.FrontMatter;

namespace Blog.Site.Tests.Content;

public sealed class FrontMatterTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Front_matter_is_split_from_the_body_and_the_body_line_counted()
    {
        var split = FrontMatterText.Split("---\ntitle: x\n---\nBody\n");

        Assert.Equal("---\ntitle: x\n", split.Yaml);
        Assert.Equal("Body\n", split.Body);
        Assert.Equal(4, split.BodyLine);
    }

    [Fact]
    public void A_post_starting_with_a_byte_order_mark_has_its_front_matter_read()
    {
        // Jekyll reads posts with "bom|utf-8": the mark is dropped before the front matter is looked for.
        var path = Path.Combine(_site.Source, "_posts", "2024-01-01-bom.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "---\ntitle: Marked\n---\nBody\n"u8.ToArray()]);

        var post = _site.Read().Posts.Single();

        Assert.Equal("Marked", post.Title);
        Assert.Equal("Body\n", post.Body);
    }

    [Fact]
    public void Three_dots_also_close_front_matter() =>
        Assert.Equal("Body", FrontMatterText.Split("---\na: 1\n...\nBody").Body);

    [Fact]
    public void Blank_lines_after_the_closing_line_are_not_part_of_the_body()
    {
        var split = FrontMatterText.Split("---\na: 1\n---\n\n\nBody");

        Assert.Equal("Body", split.Body);
        Assert.Equal(6, split.BodyLine);
    }

    [Fact]
    public void Windows_line_endings_are_understood() =>
        Assert.Equal("Body\r\n", FrontMatterText.Split("---\r\na: 1\r\n---\r\nBody\r\n").Body);

    [Fact]
    public void A_dash_line_with_more_text_does_not_close_front_matter() =>
        Assert.Equal("x", FrontMatterText.Split("---\na: 1\n--- not\n---\nx").Body);

    [Fact]
    public void Without_a_closing_line_there_is_no_front_matter() =>
        Assert.False(FrontMatterText.Split("---\na: 1\n").HasFrontMatter);

    [Fact]
    public void Empty_front_matter_is_front_matter()
    {
        var split = FrontMatterText.Split("---\n---\nBody");

        Assert.True(split.HasFrontMatter);
        Assert.Equal("Body", split.Body);
    }

    [Fact]
    public void Malformed_front_matter_is_an_error_at_the_file_line_and_column()
    {
        _site.WithPost("2024-02-14-x.md", "title: ok\nbad: \"unclosed\n");

        var content = _site.Read();

        Assert.Empty(content.Posts);
        var error = Assert.Single(_site.Errors.Errors);
        Assert.Equal("_posts/2024-02-14-x.md", error.Position.Path);
        Assert.True(error.Position.Line >= 3, error.ToString());
        Assert.True(error.Position.Column > 0);
    }

    [Fact]
    public void Errors_in_several_files_are_all_collected()
    {
        _site.WithPost("2024-02-14-a.md", "a: [\n").WithPost("2024-02-15-b.md", "b: {\n").With("page.md", "---\nc: \"\n---\n");

        _site.Read();

        Assert.Equal(["_posts/2024-02-14-a.md", "_posts/2024-02-15-b.md", "page.md"], _site.Errors.Errors.Select(e => e.Position.Path));
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_an_error()
    {
        _site.WithPost("2024-02-14-x.md", "- a\n- b\n");

        _site.Read();

        Assert.Contains(_site.Errors.Errors, e => e.Message.Contains("mapping"));
    }

    [Fact]
    public void Defaults_apply_by_path()
    {
        _site.WithConfig("defaults:\n  - scope: { path: docs }\n    values: { layout: doc }\n")
            .With("docs/a.md", "---\n---\n").With("b.md", "---\n---\n");

        var pages = _site.Read().Pages.ToDictionary(p => p.RelativePath, p => p.Layout);

        Assert.Equal("doc", pages["docs/a.md"]);
        Assert.Null(pages["b.md"]);
    }

    [Fact]
    public void Defaults_apply_by_type()
    {
        _site.WithConfig("defaults:\n  - scope: { path: '', type: posts }\n    values: { layout: post }\n")
            .WithPost("2024-02-14-x.md").With("page.md", "---\n---\n");

        var content = _site.Read();

        Assert.Equal("post", Assert.Single(content.Posts).Layout);
        Assert.Null(Assert.Single(content.Pages).Layout);
    }

    [Fact]
    public void Drafts_take_the_posts_defaults_as_in_Jekyll_4()
    {
        _site.WithConfig("defaults:\n  - scope: { type: posts }\n    values: { layout: post }\n").With("_drafts/idea.md", "---\n---\n");

        Assert.Equal("post", Assert.Single(_site.Read(_site.Options with { Drafts = true }).Posts).Layout);
    }

    [Fact]
    public void Defaults_with_a_glob_path_apply_to_matching_folders()
    {
        _site.WithConfig("defaults:\n  - scope: { path: 'section/*/special' }\n    values: { layout: special }\n")
            .With("section/a/special/p.md", "---\n---\n").With("section/a/other/p.md", "---\n---\n");

        var pages = _site.Read().Pages.ToDictionary(p => p.RelativePath, p => p.Layout);

        Assert.Equal("special", pages["section/a/special/p.md"]);
        Assert.Null(pages["section/a/other/p.md"]);
    }

    [Fact]
    public void A_more_specific_default_wins()
    {
        _site.WithConfig("defaults:\n  - scope: { path: docs/api }\n    values: { layout: api }\n  - scope: { path: docs }\n    values: { layout: doc, author: me }\n")
            .With("docs/api/x.md", "---\n---\n");

        var page = Assert.Single(_site.Read().Pages);

        Assert.Equal("api", page.Layout);
        Assert.Equal("me", page.Data["author"]);
    }

    [Fact]
    public void Front_matter_wins_over_defaults()
    {
        _site.WithConfig("defaults:\n  - scope: { path: '' }\n    values: { layout: default }\n").With("p.md", "---\nlayout: custom\n---\n");

        Assert.Equal("custom", Assert.Single(_site.Read().Pages).Layout);
    }

    [Theory]
    [InlineData("layout: none")]
    [InlineData("layout: null")]
    [InlineData("layout: ~")]
    public void A_page_can_ask_for_no_layout(string frontMatter)
    {
        _site.WithConfig("defaults:\n  - scope: { path: '' }\n    values: { layout: default }\n").With("p.md", $"---\n{frontMatter}\n---\n");

        Assert.Null(Assert.Single(_site.Read().Pages).Layout);
    }

    [Fact]
    public void A_post_asks_for_no_layout_with_none()
    {
        _site.WithConfig("defaults:\n  - scope: { type: posts }\n    values: { layout: post }\n");

        Assert.Null(_site.Post("2024-02-14-x.md", "layout: none").Layout);
    }

    [Fact]
    public void A_null_layout_in_a_post_keeps_the_default_layout_as_Jekyll_documents()
    {
        _site.WithConfig("defaults:\n  - scope: { type: posts }\n    values: { layout: post }\n");

        Assert.Equal("post", _site.Post("2024-02-14-x.md", "layout: null").Layout);
    }

    [Fact]
    public void The_excerpt_separator_comes_from_the_document_or_the_site()
    {
        _site.WithConfig("excerpt_separator: <!--more-->\n").WithPost("2024-02-14-a.md", "excerpt_separator: <!--cut-->").WithPost("2024-02-15-b.md");

        var separators = _site.Read().Posts.ToDictionary(p => p.Slug, p => p.ExcerptSeparator);

        Assert.Equal("<!--cut-->", separators["a"]);
        Assert.Equal("<!--more-->", separators["b"]);
    }

    [Fact]
    public void Sitemap_false_leaves_the_sitemap()
    {
        _site.With("hidden.md", "---\nsitemap: false\n---\n").With("shown.md", "---\n---\n");

        var pages = _site.Read().Pages.ToDictionary(p => p.RelativePath, p => p.IncludeInSitemap);

        Assert.False(pages["hidden.md"]);
        Assert.True(pages["shown.md"]);
    }

    [Fact]
    public void Front_matter_values_are_kept_in_the_data()
    {
        var post = _site.Post("2024-02-14-x.md", "author: Ann\nimage: { path: a.png }");

        Assert.Equal("Ann", post.Data["author"]);
        Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(post.Data["image"]);
    }
}
