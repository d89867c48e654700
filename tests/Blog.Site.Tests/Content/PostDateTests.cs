namespace Blog.Site.Tests.Content;

public sealed class PostDateTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_date_defaults_to_the_file_name_date_at_midnight_in_the_site_zone()
    {
        _site.WithConfig("timezone: Europe/Berlin\n");

        Assert.Equal(new DateTimeOffset(2024, 2, 14, 0, 0, 0, TimeSpan.FromHours(1)), _site.Post("2024-02-14-x.md").Date);
    }

    [Fact]
    public void A_front_matter_date_wins_over_the_file_name() =>
        Assert.Equal(new DateTime(2024, 3, 1), _site.Post("2024-02-14-x.md", "date: 2024-03-01").Date.Date);

    [Fact]
    public void A_date_with_an_offset_moves_to_the_site_zone_and_its_URL_follows()
    {
        var post = _site.Post("2024-01-11-x.md", "date: 2024-01-11 23:30:00 -0500");

        Assert.Equal(new DateTimeOffset(2024, 1, 12, 4, 30, 0, TimeSpan.Zero), post.Date);
        Assert.Equal("/2024/01/12/x.html", post.Url);
    }

    [Fact]
    public void A_quoted_date_without_offset_is_wall_time_in_the_site_zone()
    {
        _site.WithConfig("timezone: America/New_York\n");

        var post = _site.Post("2024-01-11-x.md", "date: \"2024-01-11 23:30\"");

        Assert.Equal(new DateTimeOffset(2024, 1, 11, 23, 30, 0, TimeSpan.FromHours(-5)), post.Date);
        Assert.Equal("/2024/01/11/x.html", post.Url);
    }

    [Fact]
    public void An_ISO_8601_date_with_T_is_understood() =>
        Assert.Equal(new DateTimeOffset(2024, 1, 11, 8, 0, 0, TimeSpan.Zero), _site.Post("2024-01-11-x.md", "date: 2024-01-11T10:00:00+02:00").Date);

    [Fact]
    public void The_resolved_date_is_in_the_data() =>
        Assert.IsType<DateTimeOffset>(_site.Post("2024-01-11-x.md").Data["date"]);

    [Fact]
    public void A_bad_front_matter_date_is_an_error_at_its_line()
    {
        _site.WithPost("2024-01-11-x.md", "title: x\ndate: next tuesday");

        var content = _site.Read();

        Assert.Empty(content.Posts);
        var error = Assert.Single(_site.Errors.Errors);
        Assert.Equal(("_posts/2024-01-11-x.md", 3), (error.Position.Path, error.Position.Line));
        Assert.Contains("next tuesday", error.Message);
    }

    [Fact]
    public void An_impossible_file_name_date_is_an_error()
    {
        _site.WithPost("2024-13-45-x.md");

        _site.Read();

        Assert.Contains(_site.Errors.Errors, e => e.Position.Path == "_posts/2024-13-45-x.md" && e.Message.Contains("2024-13-45"));
    }
}
