namespace Blog.Site.Tests.Content;

public sealed class OutputCollisionTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Two_files_writing_one_output_path_is_an_error_naming_both()
    {
        _site.With("about.md", "---\n---\n").With("about.html", "---\n---\n");

        _site.Read();

        var error = Assert.Single(_site.Errors.Errors);
        Assert.Equal("about.md", error.Position.Path);
        Assert.Contains("about.html", error.Message);
    }

    [Fact]
    public void A_post_and_a_page_colliding_is_an_error()
    {
        _site.WithPost("2024-02-14-x.md", "permalink: /about/").With("about.md", "---\npermalink: /about/\n---\n");

        _site.Read();

        Assert.Contains(_site.Errors.Errors, e => e.Message.Contains("about/index.html"));
    }

    [Fact]
    public void A_page_and_a_static_file_colliding_is_an_error()
    {
        _site.With("data.json", "{}").With("data-page.json", "---\npermalink: /data.json\n---\n{}");

        _site.Read();

        Assert.Single(_site.Errors.Errors);
    }
}
