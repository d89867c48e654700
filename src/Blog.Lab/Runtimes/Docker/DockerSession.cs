using System.Net.Http;
using System.Net.Sockets;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// An open connection to one engine for the length of one experiment run: the client, the engine it
/// reached, and the timeouts every call is made under.
/// </summary>
public sealed class DockerSession : IDisposable
{
    private readonly SshTunnel? _tunnel;

    private DockerSession(IDockerClient client, DockerEngine engine, DockerEndpoint endpoint, DockerTimeouts timeouts, SshTunnel? tunnel)
    {
        _tunnel = tunnel;
        Client = client;
        Engine = engine;
        Endpoint = endpoint;
        Timeouts = timeouts;
    }

    public IDockerClient Client { get; }
    public DockerEngine Engine { get; }
    public DockerEndpoint Endpoint { get; }
    public DockerTimeouts Timeouts { get; }

    /// <summary>
    /// Connects (an ssh:// engine through its own <see cref="SshTunnel"/>, closed with the session) and reads the
    /// engine's versions; an engine that does not answer is a <see cref="DockerUnavailableException"/>.
    /// </summary>
    public static async Task<DockerSession> OpenAsync(DockerEndpoint endpoint, DockerTimeouts timeouts, CancellationToken cancellationToken)
    {
        var tunnel = endpoint.IsSsh ? await SshTunnel.OpenAsync(endpoint, timeouts.Operation, cancellationToken) : null;
        try
        {
            return await OpenAsync(endpoint, tunnel, timeouts, cancellationToken);
        }
        catch
        {
            tunnel?.Dispose();
            throw;
        }
    }

    private static async Task<DockerSession> OpenAsync(DockerEndpoint endpoint, SshTunnel? tunnel, DockerTimeouts timeouts, CancellationToken cancellationToken)
    {
        // The client's own limit is only a backstop: each call has its own (DockerOperation), and a build may
        // rightly take longer than an ordinary call.
        var backstop = new[] { timeouts.Operation, timeouts.Build, timeouts.Cleanup }.Max();
        var address = tunnel is null ? endpoint.Uri : new Uri("unix://" + tunnel.LocalSocket);
        var builder = new DockerClientBuilder().WithEndpoint(address).WithTimeout(backstop);
        if (endpoint.ApiVersion is { } version) builder = builder.WithApiVersion(version);
        var client = builder.Build();
        try
        {
            var engine = await DockerOperation.RunAsync("read the engine's version", timeouts.Operation,
                ct => ReadEngineAsync(client, endpoint, ct), cancellationToken);
            return new DockerSession(client, engine, endpoint, timeouts, tunnel);
        }
        catch (TimeoutException e)
        {
            client.Dispose();
            throw new DockerUnavailableException(
                $"Docker at {endpoint} accepted the connection but did not answer within {timeouts.Operation.TotalSeconds:0.###}s: restart dockerd", e);
        }
        catch (Exception e) when (IsUnreachable(e) && !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw DockerUnavailableException.NotRunning(endpoint, e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Runs one engine call under <paramref name="limit"/> (default <see cref="DockerTimeouts.Operation"/>).</summary>
    public Task<T> CallAsync<T>(string what, Func<IDockerClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken,
        TimeSpan? limit = null) =>
        WhileReachableAsync(what, () => DockerOperation.RunAsync(what, limit ?? Timeouts.Operation, ct => call(Client, ct), cancellationToken), cancellationToken);

    public Task CallAsync(string what, Func<IDockerClient, CancellationToken, Task> call, CancellationToken cancellationToken,
        TimeSpan? limit = null) =>
        CallAsync(what, async (c, ct) => { await call(c, ct); return true; }, cancellationToken, limit);

    /// <summary>A call bounded only by the caller's token (waiting for a container to exit takes as long as the sample allows).</summary>
    public Task<T> AwaitAsync<T>(string what, Func<IDockerClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        WhileReachableAsync(what, () => call(Client, cancellationToken), cancellationToken);

    /// <summary>
    /// A call made while cleaning up: with a fresh token (the run's may be cancelled already) limited by
    /// <see cref="DockerTimeouts.Cleanup"/>.
    /// </summary>
    public Task CleanupAsync(string what, Func<IDockerClient, CancellationToken, Task> call) =>
        WhileReachableAsync(what, () => DockerOperation.RunAsync(what, Timeouts.Cleanup, ct => call(Client, ct), CancellationToken.None), CancellationToken.None);

    /// <summary>
    /// An engine that goes away in the middle of a run (stopped, crashed) fails the call with a message that says
    /// so and what to do, instead of a bare socket error: what the run created may still be on the engine. A call
    /// the caller cancelled (Ctrl+C, a sample's timeout) is a cancellation, whatever the client threw on the way out
    /// (a request cut off mid-flight surfaces as an I/O error).
    /// </summary>
    private async Task<T> WhileReachableAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"docker: {what} was cancelled", e, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && IsUnreachable(e))
        {
            throw DockerUnavailableException.Lost(Endpoint, what, e);
        }
    }

    private Task WhileReachableAsync(string what, Func<Task> call, CancellationToken cancellationToken) =>
        WhileReachableAsync(what, async () => { await call(); return true; }, cancellationToken);

    public void Dispose()
    {
        Client.Dispose();
        _tunnel?.Dispose();
    }

    private static async Task<DockerEngine> ReadEngineAsync(IDockerClient client, DockerEndpoint endpoint, CancellationToken ct)
    {
        var version = await client.System.GetVersionAsync(ct);
        var info = await client.System.GetSystemInfoAsync(ct);
        string Component(string name) =>
            version.Components?.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))?.Version ?? "";
        var runc = Component("runc");
        if (runc.Length == 0) runc = info.RuncCommit?.ID ?? "unknown";
        var containerd = Component("containerd");
        if (containerd.Length == 0) containerd = info.ContainerdCommit?.ID ?? "unknown";
        return new DockerEngine(
            endpoint.ToString(), version.Version, version.APIVersion, runc, containerd, info.Name,
            info.KernelVersion, info.OperatingSystem, string.IsNullOrEmpty(info.CgroupVersion) ? "1" : info.CgroupVersion,
            info.NCPU, info.MemTotal);
    }

    private static bool IsUnreachable(Exception e) =>
        e is HttpRequestException or SocketException or IOException
        || e.InnerException is { } inner && IsUnreachable(inner);
}
