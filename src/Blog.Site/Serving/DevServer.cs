using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blog.Site.Serving;

/// <summary>
/// The HTTP side of <c>serve</c> (Kestrel): the built site with Netlify's routing, every HTML page with the live
/// reload script tag added, the script itself and the event stream it listens to. Nothing is cached by the
/// browser, so a reload always shows the newest build.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly WebApplication _app;
    private readonly SiteFileResolver _files;
    private readonly LiveReloadHub _hub;
    private readonly BuildGate _builds;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();
    // Ends the event streams when the server stops; otherwise Kestrel waits for them until its shutdown timeout.
    private readonly CancellationTokenSource _stopping = new();

    private DevServer(WebApplication app, SiteFileResolver files, LiveReloadHub hub, BuildGate builds)
    {
        _app = app;
        _files = files;
        _hub = hub;
        _builds = builds;
        app.Run(HandleAsync);
    }

    /// <summary>The address pages are served at, e.g. <c>http://127.0.0.1:4000</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts listening on <paramref name="host"/>:<paramref name="port"/> (port 0: any free port).</summary>
    public static async Task<DevServer> StartAsync(string host, int port, SiteFileResolver files, LiveReloadHub hub, BuildGate builds,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Parse(host), port));
        var server = new DevServer(builder.Build(), files, hub, builds);
        await server._app.StartAsync(cancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        if (path == ReloadScript.Path)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(ReloadScript.Source, context.RequestAborted);
            return;
        }
        if (path == ReloadScript.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        var resolution = _files.Resolve(path);
        if (resolution is Resolution.NotFound)
        {
            // Between two builds the destination is swapped; the answer after the build in progress is the real one.
            await _builds.WaitIdleAsync(context.RequestAborted);
            resolution = _files.Resolve(path);
        }
        switch (resolution)
        {
            case Resolution.Redirect redirect:
                response.Redirect(redirect.Location, permanent: false);
                break;
            case Resolution.File file:
                await SendAsync(context, file.FullPath, StatusCodes.Status200OK);
                break;
            case Resolution.NotFound { Page: { } page }:
                await SendAsync(context, page, StatusCodes.Status404NotFound);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync($"404: nothing at {path}", context.RequestAborted);
                break;
        }
    }

    private async Task SendAsync(HttpContext context, string file, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = _contentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            response.ContentType = "text/html; charset=utf-8";
            var html = await File.ReadAllTextAsync(file, context.RequestAborted);
            var bytes = Utf8NoBom.GetBytes(ReloadScript.InjectInto(html, _hub.Generation));
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
        else
        {
            await response.SendFileAsync(file, context.RequestAborted);
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = _hub.Subscribe();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await response.Body.FlushAsync(ended.Token);
            await foreach (var serveEvent in subscription.Events.ReadAllAsync(ended.Token))
            {
                await response.WriteAsync(serveEvent.ToWire(), ended.Token);
                await response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // The page went away or the server is stopping: the stream simply ends.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
