using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blog.Site.Tests.Checks.External;

/// <summary>
/// The far end of a site's external links, on 127.0.0.1: <c>/ok</c> answers 200, <c>/moved</c> 301 to <c>/ok</c>,
/// <c>/missing</c> 404, <c>/broken</c> 500, <c>/hang</c> never answers, <c>/no-head</c> refuses HEAD with 405 and
/// answers GET with 200, <c>/slow/*</c> answers 200 after 300 ms. It counts requests per method and path, and the
/// most requests it ever had in flight at once.
/// </summary>
internal sealed class LinkTargetServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _mostInFlight;

    private LinkTargetServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Requests so far, all methods and paths.</summary>
    public int Requests => _requests.Values.Sum();

    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    /// <summary>Requests so far for <paramref name="method"/> <paramref name="path"/>.</summary>
    public int RequestsFor(string method, string path) => _requests.GetValueOrDefault($"{method} {path}");

    public static async Task<LinkTargetServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LinkTargetServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate($"{context.Request.Method} {path}", 1, (_, n) => n + 1);
        var now = Interlocked.Increment(ref _inFlight);
        for (var most = MostInFlight; now > most && Interlocked.CompareExchange(ref _mostInFlight, now, most) != most; most = MostInFlight) { }
        try
        {
            switch (path)
            {
                case "/ok": context.Response.StatusCode = 200; break;
                case "/moved": context.Response.Redirect("/ok", permanent: true); break;
                case "/missing": context.Response.StatusCode = 404; break;
                case "/broken": context.Response.StatusCode = 500; break;
                case "/no-head": context.Response.StatusCode = HttpMethods.IsHead(context.Request.Method) ? 405 : 200; break;
                case "/hang": await Task.Delay(Timeout.Infinite, context.RequestAborted); break;
                case var slow when slow.StartsWith("/slow/", StringComparison.Ordinal):
                    await Task.Delay(300, context.RequestAborted);
                    context.Response.StatusCode = 200;
                    break;
                default: context.Response.StatusCode = 404; break;
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
