using System.Text.Json;
using Microsoft.Playwright;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// Built once for the whole suite: the real site (input/ with theme/) built into a temp folder, served on
/// 127.0.0.1 with netlify.toml's headers, and one Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string PostPath = "/devops/2024/02/14/comparing-containers-and-virtual-machines.html";

    private IPlaywright? _playwright;
    private string? _labSampleSource;
    private readonly Lazy<Task<LighthouseRun>> _lighthouse;

    public SiteFixture() => _lighthouse = new(() => Lighthouse.AuditAsync(Url(PostPath)));

    /// <summary>One Lighthouse run of the post (under netlify.toml's headers), shared by the Lighthouse tests.</summary>
    public Task<LighthouseRun> LighthouseRunOfThePostAsync() => _lighthouse.Value;

    public BuiltSite Site { get; private set; } = null!;
    public StaticSiteServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public NetlifyHeaders Headers { get; } = NetlifyHeaders.Load(Repository.NetlifyToml);

    /// <summary>The one-post site that shows every committed lab result (see <see cref="LabSampleSite"/>).</summary>
    public BuiltSite LabSample { get; private set; } = null!;
    public StaticSiteServer LabSampleServer { get; private set; } = null!;

    public string Url(string path) => Server.BaseUrl + path;

    public async Task InitializeAsync()
    {
        Site = await BuiltSite.BuildAsync(Repository.Input, Repository.Theme);
        Server = await StaticSiteServer.StartAsync(Site.Output, Headers);
        (LabSample, _labSampleSource) = await LabSampleSite.BuildAsync(Repository.Input);
        LabSampleServer = await StaticSiteServer.StartAsync(LabSample.Output, Headers);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_lighthouse.IsValueCreated && _lighthouse.Value.IsCompletedSuccessfully) _lighthouse.Value.Result.Dispose();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        Site?.Dispose();
        if (LabSampleServer is not null) await LabSampleServer.DisposeAsync();
        LabSample?.Dispose();
        if (_labSampleSource is not null) Directory.Delete(_labSampleSource, recursive: true);
    }

    public string LabSampleUrl => LabSampleServer.BaseUrl + LabSampleSite.PostPath;

    /// <summary>Every page of the site, and the lab sample post (the site's pages plus every kind of lab markup).</summary>
    public IReadOnlyList<string> PageUrls => [.. Site.HtmlPaths().Select(Url), LabSampleUrl];

    /// <summary>The files behind <see cref="PageUrls"/>.</summary>
    public IReadOnlyList<string> PageFiles => [.. Site.HtmlPaths().Select(Site.FileOf), LabSample.FileOf(LabSampleSite.PostPath)];

    /// <summary>Runs <paramref name="visit"/> on every page URL, a few at a time, each in its own browser context.</summary>
    public async Task<IReadOnlyList<T>> OnEveryPageAsync<T>(BrowserNewContextOptions options, Func<IPage, string, Task<T>> visit)
    {
        var urls = PageUrls;
        var results = new T[urls.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, urls.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            await using var context = await Browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            results[i] = await visit(page, urls[i]);
        });
        return results;
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site";
}
