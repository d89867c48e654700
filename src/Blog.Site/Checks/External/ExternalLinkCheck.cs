using System.Collections.Concurrent;
using System.Net;
using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Site.Checks.External;

/// <summary>
/// Checks a site's external links (<c>--check-external</c>): each URL once however many pages point to it, results
/// younger than <c>cache_age:</c> taken from the <see cref="ExternalLinkCache"/>, the rest requested at most
/// <c>concurrency:</c> at a time and <c>per_host:</c> at a time to one host, each with its own timeout and retries
/// (<see cref="ExternalLinkProbe"/>). What was learned is saved even when the build is cancelled (Ctrl+C).
/// </summary>
/// <param name="network">The handler requests go through; null for the machine's network (tests pass their own).</param>
public sealed class ExternalLinkCheck(ExternalLinkSettings settings, HttpMessageHandler? network, TimeProvider clock)
{
    /// <summary>A dead link's error at every place a page points to it (rendered page, line and column; the link in <see cref="BuildError.Link"/>).</summary>
    public async Task<IReadOnlyList<BuildError>> DeadLinksAsync(IReadOnlyDictionary<string, IReadOnlyList<PageLink>> links, string cacheFile,
        CancellationToken cancellationToken)
    {
        var cache = await ExternalLinkCache.LoadAsync(cacheFile, cancellationToken);
        var now = clock.GetUtcNow();
        var known = new ConcurrentDictionary<string, ExternalLinkResult>(StringComparer.Ordinal);
        foreach (var url in links.Keys)
            if (cache.Fresh(url, settings.CacheAge, now) is { } cached) known[url] = cached;
        var missing = links.Keys.Where(url => !known.ContainsKey(url)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) await RequestAsync(missing, known, cache, cancellationToken);

        return links.Keys.Order(StringComparer.Ordinal)
            .Where(url => !known[url].Alive)
            .SelectMany(url => links[url].Select(place => new BuildError(place.At,
                $"dead external link \"{place.Href}\": {known[url].Reason} (fix or remove it, or add it to external_links: ignore:)") { Link = place.Href }))
            .OrderBy(e => e.Position.Path, StringComparer.Ordinal).ThenBy(e => e.Position.Line).ThenBy(e => e.Position.Column)
            .ToList();
    }

    private async Task RequestAsync(IReadOnlyList<string> urls, ConcurrentDictionary<string, ExternalLinkResult> known, ExternalLinkCache cache,
        CancellationToken cancellationToken)
    {
        using var client = Client();
        var probe = new ExternalLinkProbe(client, settings, clock);
        using var all = new SemaphoreSlim(settings.Concurrency);
        var hosts = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        try
        {
            await Task.WhenAll(urls.Select(async url =>
            {
                var uri = new Uri(url);
                var host = hosts.GetOrAdd(uri.Host, _ => new SemaphoreSlim(settings.PerHost));
                // The host's turn first: links waiting for a busy host do not hold the slots other hosts could use.
                await host.WaitAsync(cancellationToken);
                try
                {
                    await all.WaitAsync(cancellationToken);
                    try
                    {
                        known[url] = await probe.CheckAsync(uri, cancellationToken);
                    }
                    finally
                    {
                        all.Release();
                    }
                }
                finally
                {
                    host.Release();
                }
            }));
        }
        finally
        {
            foreach (var url in urls)
                if (known.TryGetValue(url, out var result)) cache.Set(url, result);
            // Saved whatever happened, cancellation included: the next run need not ask again what this one learned.
            await cache.SaveAsync(CancellationToken.None);
            foreach (var semaphore in hosts.Values) semaphore.Dispose();
        }
    }

    private HttpClient Client()
    {
        var client = network is not null
            ? new HttpClient(network, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 10,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = settings.Timeout,
            });
        // Each request has its own timeout (the probe's); the client's would count retries' waits too.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Blog-link-check/1.0");
        return client;
    }
}
