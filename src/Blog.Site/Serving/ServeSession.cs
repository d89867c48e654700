using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Site.Serving;

/// <summary>What <c>serve</c> was asked for: the build, where to listen, and how long a burst of changes may be quiet.</summary>
public sealed record ServeOptions(BuildOptions Build)
{
    public string Host { get; init; } = "127.0.0.1";
    /// <summary>Jekyll's port by default; 0 picks a free one.</summary>
    public int Port { get; init; } = 4000;
    /// <summary>
    /// Short: an editor's save is a burst of a few events within a millisecond (write, rename), and every rebuild re-reads
    /// only the files it is told about, so a burst split in two (a long <c>git checkout</c>) costs a second, small
    /// rebuild, not a wrong site. It is waited on every edit: 30 ms were a quarter of a one-post edit at 10,000 posts.
    /// </summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(10);
}

/// <summary>
/// <c>serve</c> as one object: watch the source and theme, build, serve on Kestrel, rebuild and reload on change.
/// Start it, run it until the token is cancelled (Ctrl+C), dispose it: the server and the watchers stop.
/// </summary>
public sealed class ServeSession : IAsyncDisposable
{
    private readonly SourceWatcher _watcher;
    private readonly ServeLoop _loop;
    private readonly DevServer _server;
    private readonly IncrementalSiteBuilder _builder;

    private ServeSession(SourceWatcher watcher, ServeLoop loop, DevServer server, LiveReloadHub hub, IncrementalSiteBuilder builder)
    {
        _builder = builder;
        _watcher = watcher;
        _loop = loop;
        _server = server;
        Hub = hub;
    }

    public Uri Address => _server.Address;

    /// <summary>The source, the theme when the site uses one, and what the extensions read outside them.</summary>
    public IReadOnlyList<string> WatchedFolders => _watcher.Folders;

    public LiveReloadHub Hub { get; }

    /// <param name="builder">The session's from now on: disposed with it.</param>
    public static async Task<ServeSession> StartAsync(IncrementalSiteBuilder builder, ServeOptions options, IServeReporter reporter,
        CancellationToken cancellationToken)
    {
        var build = options.Build;
        // The theme and the base URL are read once: changing either in the config needs a restart, as with jekyll serve.
        var settings = ConfigLoader.Load(build, new ErrorCollector());
        // Watching starts before the first build, so an edit made while it runs is not lost. The extensions' inputs (the
        // lab's _lab/ folder) are usually in the source already, which is watched whole: '_' folders included.
        var watcher = new SourceWatcher(new[] { build.Source, settings.Theme }.OfType<string>().Concat(builder.ExtensionInputs),
            build.Destination, options.Quiet);
        try
        {
            var hub = new LiveReloadHub();
            var gate = new BuildGate();
            var loop = new ServeLoop(builder, build, hub, gate, reporter);
            await loop.BuildAsync([], cancellationToken);
            var server = await DevServer.StartAsync(options.Host, options.Port, new SiteFileResolver(build.Destination, settings.BaseUrl),
                hub, gate, cancellationToken);
            return new ServeSession(watcher, loop, server, hub, builder);
        }
        catch
        {
            watcher.Dispose();
            await builder.DisposeAsync();
            throw;
        }
    }

    /// <summary>Rebuilds on change until cancelled; returns normally on cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _loop.WatchAsync(_watcher, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _server.DisposeAsync();
        await _builder.DisposeAsync();
    }
}
