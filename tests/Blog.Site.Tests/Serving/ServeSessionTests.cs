using System.Net;
using Blog.Site.Serving;

namespace Blog.Site.Tests.Serving;

public class ServeSessionTests
{
    [Fact]
    public async Task A_served_page_references_the_reload_script_and_the_built_file_does_not()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());

        var page = await served.GetAsync("/2024/02/14/first.html");

        Assert.Contains("<em>world</em>", page);
        Assert.Contains("<script src=\"/__blog/livereload.js\" data-generation=\"1\" defer></script></head>", page);
        Assert.DoesNotContain("livereload", served.Site.Output("2024/02/14/first.html"));
    }

    [Fact]
    public async Task The_reload_script_is_served_as_a_javascript_file()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());

        using var response = await served.Client.GetAsync(ReloadScript.Path);

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource(\"/__blog/events\")", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Editing_a_post_rewrites_its_page_and_sends_a_reload_event()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());
        await using var events = await EventStream.OpenAsync(served.Client);
        Assert.Equal(ServeEvent.Reload(1), await events.NextAsync());

        served.Site.With("_posts/2024-02-14-first.md", "---\nlayout: default\ntitle: First\n---\nGoodbye *world*.\n");

        Assert.Equal(ServeEvent.Reload(2), await events.NextAsync());
        Assert.Contains("Goodbye <em>world</em>", await served.GetAsync("/2024/02/14/first.html"));
    }

    [Fact]
    public async Task A_new_post_appears_in_the_listing_after_the_reload_event()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());
        await using var events = await EventStream.OpenAsync(served.Client);
        await events.NextAsync();

        served.Site.With("_posts/2024-02-15-second.md", "---\nlayout: default\ntitle: Second\n---\nMore.\n");

        Assert.Equal(ServeEvent.ReloadName, (await events.NextAsync()).Name);
        Assert.Contains(">Second</a><a href=\"/2024/02/14/first.html\">First</a>", await served.GetAsync("/"));
    }

    [Fact]
    public async Task A_broken_edit_sends_its_errors_and_the_last_good_page_is_still_served()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());
        await using var events = await EventStream.OpenAsync(served.Client);
        await events.NextAsync();

        served.Site.With("_posts/2024-02-14-first.md", "---\nlayout: nope\ntitle: First\n---\nBroken.\n");

        var error = await events.NextAsync();
        Assert.Equal(ServeEvent.BuildErrorName, error.Name);
        Assert.Contains("_posts/2024-02-14-first.md:2:1: unknown layout", error.Data);
        Assert.Contains("Hello <em>world</em>", await served.GetAsync("/2024/02/14/first.html"));
        Assert.Contains(served.Reporter.Lines, line => line.StartsWith("_posts/2024-02-14-first.md:2:1: unknown layout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_opened_after_a_failed_build_is_told_the_errors_at_once()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());
        await using (var first = await EventStream.OpenAsync(served.Client))
        {
            await first.NextAsync();
            served.Site.With("index.html", "---\nlayout: default\n---\n{% if %}\n");
            Assert.Equal(ServeEvent.BuildErrorName, (await first.NextAsync()).Name);
        }

        await using var late = await EventStream.OpenAsync(served.Client);

        Assert.Equal(ServeEvent.BuildErrorName, (await late.NextAsync()).Name);
    }

    [Fact]
    public async Task Fixing_the_error_sends_a_reload_with_the_next_generation()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());
        await using var events = await EventStream.OpenAsync(served.Client);
        await events.NextAsync();
        served.Site.With("index.html", "---\nlayout: default\n---\n{% if %}\n");
        await events.NextAsync();

        served.Site.With("index.html", "---\nlayout: default\n---\nFixed\n");

        Assert.Equal(ServeEvent.Reload(2), await events.NextAsync());
        Assert.Contains("Fixed", await served.GetAsync("/"));
    }

    [Fact]
    public async Task A_missing_page_is_the_sites_404_page_with_status_404()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog().With("404.html", "<html><head></head><body>Lost</body></html>"));

        using var response = await served.Client.GetAsync("/nowhere/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Lost", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stopping_ends_the_open_event_streams_and_the_watch_loop()
    {
        var served = await ServedSite.StartAsync(ServedSite.Blog());
        await using var events = await EventStream.OpenAsync(served.Client);
        await events.NextAsync();

        await served.DisposeAsync();

        var ended = await Record.ExceptionAsync(events.NextAsync);
        Assert.True(ended is InvalidOperationException or IOException or HttpRequestException, $"the stream should have ended, got {ended}");
    }
}
