namespace Blog.Site.Tests.Content;

public sealed class ErrorReportingTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_kind_of_problem_in_one_read_is_reported_as_path_line_column_message()
    {
        _site.WithPost("2024-02-14-yaml.md", "title: [unclosed")
            .WithPost("2024-02-15-date.md", "date: someday")
            .With("a.md", "---\npermalink: /same/\n---\n").With("b.md", "---\npermalink: /same/\n---\n");

        var content = _site.Read();

        Assert.Equal(3, _site.Errors.Errors.Count);
        Assert.All(_site.Errors.Errors, e => Assert.Matches(@"^[^:]+:\d+:\d+: \S", e.ToString()));
        Assert.Equal(["_posts/2024-02-14-yaml.md", "_posts/2024-02-15-date.md", "b.md"], _site.Errors.Errors.Select(e => e.Position.Path));
        Assert.Equal(2, content.Pages.Count);
    }
}
