namespace Blog.Site.Tests.Content;

public sealed class OrderingTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Posts_are_newest_first()
    {
        _site.WithPost("2024-01-01-old.md").WithPost("2024-03-01-new.md").WithPost("2024-02-01-middle.md");

        Assert.Equal(["new", "middle", "old"], _site.Read().Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Posts_with_the_same_date_are_ordered_by_path_descending_as_Jekyll_reverses_them()
    {
        _site.WithPost("2024-01-01-a.md").WithPost("2024-01-01-c.md").WithPost("2024-01-01-b.md");

        Assert.Equal(["c", "b", "a"], _site.Read().Posts.Select(p => p.Slug));
    }

    [Fact]
    public void The_time_of_day_orders_posts_of_one_day()
    {
        _site.WithPost("2024-01-01-a.md", "date: 2024-01-01 18:00").WithPost("2024-01-01-b.md", "date: 2024-01-01 09:00");

        Assert.Equal(["a", "b"], _site.Read().Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Reading_twice_gives_the_same_content_in_the_same_order()
    {
        for (int i = 0; i < 30; i++) _site.WithPost($"2024-01-{i % 28 + 1:00}-p{i}.md", $"categories: c{i % 3}");
        for (int i = 0; i < 10; i++) _site.With($"pages/p{i}.md", "---\n---\n").With($"assets/f{i}.txt", "x");

        var first = _site.Read();
        var second = _site.Read();

        Assert.Equal(first.Posts.Select(p => p.OutputPath), second.Posts.Select(p => p.OutputPath));
        Assert.Equal(first.Pages.Select(p => p.OutputPath), second.Pages.Select(p => p.OutputPath));
        Assert.Equal(first.StaticFiles.Select(p => p.OutputPath), second.StaticFiles.Select(p => p.OutputPath));
    }
}
