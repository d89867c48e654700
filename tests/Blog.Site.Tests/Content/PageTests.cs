namespace Blog.Site.Tests.Content;

public sealed class PageTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private Blog.Site.Content.Document Page(string path, string frontMatter = "", string? permalinkStyle = null)
    {
        if (permalinkStyle is not null) _site.WithConfig($"permalink: {permalinkStyle}\n");
        _site.With(path, "---\n" + frontMatter + (frontMatter.Length > 0 ? "\n" : "") + "---\nBody\n");
        return Assert.Single(_site.Read().Pages);
    }

    [Fact]
    public void A_page_keeps_its_path_with_an_html_extension()
    {
        var page = Page("docs/guide.md");

        Assert.Equal(("/docs/guide.html", "docs/guide.html"), (page.Url, page.OutputPath));
    }

    [Fact]
    public void An_index_page_is_its_folder()
    {
        var page = Page("docs/index.html");

        Assert.Equal(("/docs/", "docs/index.html"), (page.Url, page.OutputPath));
    }

    [Fact]
    public void The_root_index_is_the_site_root() => Assert.Equal("/", Page("index.md").Url);

    [Fact]
    public void Pretty_style_gives_pages_a_folder()
    {
        var page = Page("about.md", permalinkStyle: "pretty");

        Assert.Equal(("/about/", "about/index.html"), (page.Url, page.OutputPath));
    }

    [Fact]
    public void A_custom_style_ending_in_a_slash_gives_pages_a_folder() =>
        Assert.Equal("/about/", Page("about.md", permalinkStyle: "/:categories/:title/").Url);

    [Fact]
    public void A_custom_style_without_extension_gives_pages_no_extension_in_the_URL()
    {
        var page = Page("about.md", permalinkStyle: "/:year/:title");

        Assert.Equal(("/about", "about.html"), (page.Url, page.OutputPath));
    }

    [Fact]
    public void A_non_html_page_keeps_its_extension_whatever_the_style() =>
        Assert.Equal("/feed.xml", Page("feed.xml", permalinkStyle: "pretty").Url);

    [Fact]
    public void A_page_permalink_wins()
    {
        var page = Page("pages/contact.md", "permalink: /contact/");

        Assert.Equal(("/contact/", "contact/index.html"), (page.Url, page.OutputPath));
    }

    [Fact]
    public void A_non_html_page_with_a_folder_permalink_is_written_as_index_with_its_extension() =>
        Assert.Equal("feeds/two/index.xml", Page("feed2.xml", "permalink: /feeds/two/").OutputPath);

    [Fact]
    public void Page_permalinks_know_path_basename_and_output_ext() =>
        Assert.Equal("/archive/notes/x.html", Page("notes/x.md", "permalink: /archive/:path/:basename:output_ext").Url);

    [Fact]
    public void A_folder_with_spaces_is_escaped_in_the_URL_only()
    {
        var page = Page("docs/Sub Dir/my page.md");

        Assert.Equal(("/docs/Sub%20Dir/my%20page.html", "docs/Sub Dir/my page.html"), (page.Url, page.OutputPath));
    }

    [Fact]
    public void An_empty_permalink_is_an_error()
    {
        _site.With("p.md", "---\npermalink: ''\n---\n");

        _site.Read();

        Assert.Contains(_site.Errors.Errors, e => e.Position == new Blog.Site.Diagnostics.SourcePosition("p.md", 2, 1));
    }

    [Fact]
    public void The_page_title_comes_from_front_matter() => Assert.Equal("About", Page("about.md", "title: About").Title);

    [Fact]
    public void A_page_without_a_date_has_the_site_time()
    {
        _site.WithConfig("time: 2024-05-01 00:00:00 +0000\n");

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), Page("p.md").Date);
    }

    [Fact]
    public void The_page_body_and_its_first_line_are_kept()
    {
        var page = Page("p.md", "title: x\nmore: y");

        Assert.Equal(("Body\n", 5), (page.Body, page.BodyLine));
    }
}
