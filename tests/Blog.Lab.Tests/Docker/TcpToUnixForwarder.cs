using System.Net;
using System.Net.Sockets;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// Exposes the local engine's unix socket on a loopback TCP port, the way a remote engine listens on
/// <c>tcp://host:2375</c>, so the tcp:// path is exercised against the real engine.
/// </summary>
internal sealed class TcpToUnixForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly string _socketPath;

    public TcpToUnixForwarder(string socketPath)
    {
        _socketPath = socketPath;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptSocketAsync(_stop.Token);
                connections.Add(ForwardAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
            await Task.WhenAll(connections);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        using (client)
        using (var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            await engine.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), _stop.Token);
            await using var clientStream = new NetworkStream(client);
            await using var engineStream = new NetworkStream(engine);
            try
            {
                await Task.WhenAny(clientStream.CopyToAsync(engineStream, _stop.Token), engineStream.CopyToAsync(clientStream, _stop.Token));
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
            {
                // the test is over or a side hung up
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
