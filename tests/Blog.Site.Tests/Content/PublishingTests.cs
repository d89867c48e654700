namespace Blog.Site.Tests.Content;

public sealed class PublishingTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_unpublished_post_is_skipped()
    {
        _site.WithPost("2024-02-14-x.md", "published: false");

        Assert.Empty(_site.Read().Posts);
    }

    [Fact]
    public void An_unpublished_post_is_read_with_the_unpublished_option()
    {
        _site.WithPost("2024-02-14-x.md", "published: false");

        Assert.Single(_site.Read(_site.Options with { Unpublished = true }).Posts);
    }

    [Fact]
    public void An_unpublished_page_is_skipped()
    {
        _site.With("p.md", "---\npublished: false\n---\n");

        Assert.Empty(_site.Read().Pages);
    }

    [Fact]
    public void A_post_dated_after_the_site_time_is_skipped()
    {
        _site.WithConfig("time: 2024-02-14 12:00:00 +0000\n").WithPost("2024-02-14-x.md", "date: 2024-02-14 12:00:01 +0000");

        Assert.Empty(_site.Read().Posts);
    }

    [Fact]
    public void A_post_dated_at_the_site_time_is_published()
    {
        _site.WithConfig("time: 2024-02-14 12:00:00 +0000\n").WithPost("2024-02-14-x.md", "date: 2024-02-14 12:00:00 +0000");

        Assert.Single(_site.Read().Posts);
    }

    [Fact]
    public void A_future_post_is_read_with_the_future_option()
    {
        _site.WithConfig("time: 2024-01-01 00:00:00 +0000\n").WithPost("2030-01-01-x.md");

        Assert.Single(_site.Read(_site.Options with { Future = true }).Posts);
    }
}
