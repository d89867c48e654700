using Blog.Site.Build.Incremental;
using Blog.Site.Extensions;
using Blog.Site.Serving;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Serving;

/// <summary>A temporary site served by a real <see cref="ServeSession"/> on a free port, watched and rebuilt until disposed.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private ServedSite(TempSite site, ServeSession session, RecordingReporter reporter)
    {
        Site = site;
        Session = session;
        Reporter = reporter;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = session.Address };
        _running = session.RunAsync(_stop.Token);
    }

    public TempSite Site { get; }
    public ServeSession Session { get; }
    public RecordingReporter Reporter { get; }
    public HttpClient Client { get; }

    public static TempSite Blog() => new TempSite()
        .With("_config.yml", "title: Test\ntime: 2024-03-01 10:00:00 +0000\n")
        .With("_layouts/default.html", "<!doctype html><html><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n")
        .With("_posts/2024-02-14-first.md", "---\nlayout: default\ntitle: First\n---\nHello *world*.\n")
        .With("index.html", "---\nlayout: default\ntitle: Home\n---\n{% for p in site.posts %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endfor %}\n");

    public static Task<ServedSite> StartAsync(TempSite site) => StartAsync(site, []);

    /// <param name="extensions">The session's extensions, as the command line gives them (the lab's, loaded from the site).</param>
    public static async Task<ServedSite> StartAsync(TempSite site, IReadOnlyList<ISiteExtension> extensions)
    {
        var reporter = new RecordingReporter();
        var session = await ServeSession.StartAsync(new IncrementalSiteBuilder(extensions) { FillsStagingBetweenBuilds = true }, new ServeOptions(site.Options()) { Port = 0 }, reporter, CancellationToken.None);
        return new ServedSite(site, session, reporter);
    }

    public Task<string> GetAsync(string path) => Client.GetStringAsync(path);

    /// <summary>Stops the session the way Ctrl+C does, and returns once it has stopped.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Session.DisposeAsync();
        Client.Dispose();
        Site.Dispose();
        _stop.Dispose();
    }
}
