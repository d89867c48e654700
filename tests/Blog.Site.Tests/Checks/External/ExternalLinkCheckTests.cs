using Blog.Cli;
using Blog.Site.Build;
using Blog.Site.Checks.External;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Checks.External;

/// <summary>
/// <c>--check-external</c> against a real HTTP server on 127.0.0.1 (<see cref="LinkTargetServer"/>): live, redirected,
/// missing, failing and hanging links, the retries, the cache, the per-host limit, and that nothing is requested unless asked.
/// </summary>
public sealed class ExternalLinkCheckTests : IAsyncLifetime
{
    // Long enough for a loaded machine to answer /ok in time, short enough to wait for /hang three times.
    private const string Settings = "external_links:\n  timeout: 2s\n  retries: 2\n  retry_delay: 10ms\n";

    private readonly TempSite _site = new();
    private readonly RecordedConsole _console = new();
    private LinkTargetServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LinkTargetServer.StartAsync();
        _site.With("_config.yml", "title: T\n" + Settings).With("index.md", Index);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    private string Url(string path) => _server.BaseUrl + path;

    private string Index =>
        "---\ntitle: Home\n---\n"
        + $"Live: [ok]({Url("/ok")}) and [moved]({Url("/moved")}) and [no HEAD]({Url("/no-head")}).\n\n"
        + $"Dead: [missing]({Url("/missing")}), [broken]({Url("/broken")}).\n\n"
        + $"And [hanging]({Url("/hang")}), with an [internal](/) link.\n";

    /// <summary>index.md's line and 1-based column of the link to <paramref name="path"/>.</summary>
    private (int Line, int Column) WrittenAt(string path)
    {
        var lines = Index.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(Url(path) + ")", StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(Url(path) + ")", StringComparison.Ordinal) + 1);
    }

    private Task<BuildReport> BuildAsync(bool check = true, bool strict = false, HttpMessageHandler? network = null) =>
        new SiteBuilder { Network = network }.BuildAsync(_site.Options() with { CheckExternal = check, Strict = strict });

    [Fact]
    public async Task Dead_links_are_warnings_where_they_were_written_and_live_or_redirected_ones_pass()
    {
        var report = await BuildAsync();

        Assert.Equal(["/missing", "/broken", "/hang"], report.Warnings.Select(w => w.Link!.Replace(_server.BaseUrl, "")));
        Assert.All(report.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.All(report.Warnings, w => Assert.Equal("index.md", w.Position.Path));
        Assert.Equal(WrittenAt("/missing"), (report.Warnings[0].Position.Line, report.Warnings[0].Position.Column));
        Assert.Equal(WrittenAt("/hang"), (report.Warnings[2].Position.Line, report.Warnings[2].Position.Column));
        Assert.Contains("404 Not Found", report.Warnings[0].Message);
        Assert.Contains("500 Internal Server Error, 3 attempts", report.Warnings[1].Message);
        Assert.Contains("no answer within 2 s, 3 attempts", report.Warnings[2].Message);
        Assert.Equal(1, _server.RequestsFor("GET", "/ok") + _server.RequestsFor("HEAD", "/ok") - _server.RequestsFor("HEAD", "/moved"));
    }

    [Fact]
    public async Task A_server_error_and_a_timeout_are_retried_a_404_is_not_and_a_refused_HEAD_falls_back_to_GET()
    {
        await BuildAsync();

        Assert.Equal((1, 3), (_server.RequestsFor("HEAD", "/broken"), _server.RequestsFor("GET", "/broken")));
        Assert.Equal((1, 3), (_server.RequestsFor("HEAD", "/hang"), _server.RequestsFor("GET", "/hang")));
        Assert.Equal((1, 1), (_server.RequestsFor("HEAD", "/missing"), _server.RequestsFor("GET", "/missing")));
        Assert.Equal((1, 1), (_server.RequestsFor("HEAD", "/no-head"), _server.RequestsFor("GET", "/no-head")));
        // Alive at the first HEAD: no GET.
        Assert.Equal((1, 0), (_server.RequestsFor("HEAD", "/ok") - _server.RequestsFor("HEAD", "/moved"), _server.RequestsFor("GET", "/ok")));
    }

    [Fact]
    public async Task With_strict_a_dead_link_fails_the_build_at_its_source_and_the_destination_is_left_as_it_was()
    {
        await BuildAsync(check: false);
        var before = _site.OutputTree();
        _site.With("index.md", Index + "\nMore.\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => BuildAsync(strict: true));

        Assert.Equal(3, failed.Errors.Count);
        Assert.All(failed.Errors, e => Assert.Equal(Severity.Error, e.Severity));
        Assert.Equal(WrittenAt("/broken"), (failed.Errors[1].Position.Line, failed.Errors[1].Position.Column));
        Assert.Equal(before.Keys.Order(), _site.OutputTree().Keys.Order());
        Assert.DoesNotContain("More.", _site.Output("index.html"));
    }

    [Fact]
    public async Task The_command_line_warns_and_exits_0_and_with_strict_exits_1()
    {
        string[] args = ["--source", _site.Source, "--destination", _site.Destination, "--lab", "frozen", "--check-external"];

        Assert.Equal(0, await BlogApp.RunAsync(args, _console.Console));
        Assert.Contains($"index.md:{WrittenAt("/missing").Line}:{WrittenAt("/missing").Column}: warning: dead external link", _console.Text);
        Assert.Equal(1, await BlogApp.RunAsync([.. args, "--strict"], _console.Console));
    }

    [Fact]
    public async Task Strict_without_check_external_is_refused()
    {
        var exit = await BlogApp.RunAsync(["--source", _site.Source, "--destination", _site.Destination, "--lab", "frozen", "--strict"], _console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("--strict", _console.Text);
        Assert.Contains("--check-external", _console.Text);
    }

    [Fact]
    public async Task A_second_run_takes_every_result_from_the_cache_and_requests_nothing_until_the_results_are_older_than_cache_age()
    {
        var first = await BuildAsync();
        var requests = _server.Requests;

        var second = await BuildAsync();

        Assert.Equal(requests, _server.Requests);
        Assert.Equal(first.Warnings.Select(w => w.ToString()), second.Warnings.Select(w => w.ToString()));
        Assert.True(File.Exists(ExternalLinkCache.FileFor(Path.Combine(_site.Source, ".jekyll-cache"))));
        Assert.DoesNotContain(Directory.EnumerateFiles(_site.Destination, "*", SearchOption.AllDirectories), f => f.Contains("blog-external-links"));

        _site.With("_config.yml", "title: T\n" + Settings + "  cache_age: 0s\n");
        await BuildAsync();
        Assert.True(_server.Requests > requests);
    }

    [Fact]
    public async Task No_more_than_per_host_requests_reach_one_host_at_once()
    {
        _site.With("_config.yml", "title: T\nexternal_links:\n  per_host: 2\n  concurrency: 8\n")
            .With("index.md", "---\n---\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"[s{i}]({Url($"/slow/{i}")})\n\n")));

        var report = await BuildAsync();

        Assert.Empty(report.Warnings);
        Assert.Equal(8, Enumerable.Range(1, 8).Sum(i => _server.RequestsFor("HEAD", $"/slow/{i}")));
        Assert.Equal(2, _server.MostInFlight);
    }

    [Fact]
    public async Task Nothing_reaches_the_network_unless_asked()
    {
        using var network = new CountingHandler();

        await BuildAsync(check: false, network: network);
        Assert.Equal(0, network.Sent);
        Assert.Equal(0, _server.Requests);

        // The same build asked: the same handler carries the requests (so the count above could have seen them).
        await BuildAsync(check: true, network: network);
        Assert.True(network.Sent > 0);
        // The handler follows the redirect of /moved itself: the server sees one request more than the build sent.
        Assert.Equal(network.Sent + 1, _server.Requests);
    }

    [Fact]
    public async Task Ignored_links_and_links_to_the_site_itself_are_not_requested()
    {
        _site.With("_config.yml", $"title: T\nurl: {_server.BaseUrl}/site\n{Settings}  ignore:\n    - {Url("/miss*")}\n    - \"*/broken\"\n")
            .With("about.md", "---\n---\nAbout.\n")
            .With("index.md", Index + $"\nThe [about page]({Url("/site/about.html")}).\n");

        var report = await BuildAsync();

        Assert.Equal(["/hang"], report.Warnings.Select(w => w.Link!.Replace(_server.BaseUrl, "")));
        Assert.Equal(0, _server.RequestsFor("HEAD", "/missing") + _server.RequestsFor("HEAD", "/broken") + _server.RequestsFor("HEAD", "/site/about.html"));
    }

    [Fact]
    public async Task Cancelling_a_check_stops_it_at_once_and_keeps_what_it_learned()
    {
        _site.With("_config.yml", "title: T\nexternal_links:\n  timeout: 60s\n")
            .With("index.md", $"---\n---\n[ok]({Url("/ok")})\n\n[hang]({Url("/hang")})\n");
        using var cancel = new CancellationTokenSource();
        var build = new SiteBuilder().BuildAsync(_site.Options() with { CheckExternal = true }, cancel.Token);
        // Ctrl+C once /ok has answered and /hang is waited for.
        for (var waited = 0; _server.RequestsFor("HEAD", "/ok") == 0 || _server.RequestsFor("HEAD", "/hang") == 0; waited++)
        {
            Assert.True(waited < 600, "the check never reached the server");
            await Task.Delay(50);
        }
        await Task.Delay(300);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed} after the cancel");
        Assert.Contains(Url("/ok"), await File.ReadAllTextAsync(ExternalLinkCache.FileFor(Path.Combine(_site.Source, ".jekyll-cache"))));
        Assert.False(Directory.Exists(_site.Destination));
    }

    [Theory]
    [InlineData("external_links:\n  timeout: soon\n", "'external_links: timeout:' should be a duration")]
    [InlineData("external_links:\n  per_host: 0\n", "'external_links: per_host:' should be a whole number of at least 1")]
    [InlineData("external_links:\n  retry: 3\n", "'external_links' has no setting 'retry'")]
    [InlineData("external_links: yes\n", "'external_links' should be a mapping")]
    public async Task A_mistake_in_the_settings_fails_the_build_at_their_line(string settings, string message)
    {
        _site.With("_config.yml", "title: T\n" + settings);

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => BuildAsync(check: false));

        var error = Assert.Single(failed.Errors);
        Assert.Equal(("_config.yml", 2), (error.Position.Path, error.Position.Line));
        Assert.Contains(message, error.Message);
    }
}
