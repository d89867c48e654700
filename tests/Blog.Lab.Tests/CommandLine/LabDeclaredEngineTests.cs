using System.Net;
using System.Net.Sockets;
using Blog.Cli;
using Blog.Site.Tests.Support;

namespace Blog.Lab.Tests.CommandLine;

/// <summary>
/// A container experiment that declares its engine (<c>docker_host:</c>) beside one that runs on this machine,
/// through the command line: <c>lab list</c> shows where each runs, <c>lab run</c> with the declared engine down
/// measures the other, reports the unreachable one and exits 1, and a malformed address is a positioned error.
/// </summary>
public sealed class LabDeclaredEngineTests : IDisposable
{
    private readonly int _closedPort = ClosedPort();
    private readonly TempSite _site;
    private readonly RecordedConsole _console = new();

    public LabDeclaredEngineTests()
    {
        _site = new TempSite().With("_lab/hosts.yml", $"""
            - id: native
              kind: native-start
              samples: 2
              warmup: 0
            - id: start-far
              kind: container-start
              samples: 2
              warmup: 0
              docker_host: ssh://root@127.0.0.1:{_closedPort}
            """);
    }

    public void Dispose() => _site.Dispose();

    private Task<int> LabAsync(params string[] args) => BlogApp.RunAsync(["lab", .. args, "--source", _site.Source], _console.Console);

    [Fact]
    public async Task Lab_list_shows_the_engine_an_experiment_declares()
    {
        Assert.Equal(0, await LabAsync("list"));

        Assert.Matches($@"start-far\s*│.*│\s*ssh://root@127\.0\.0\.1:{_closedPort} \(docker_host\)\s*│", _console.Text);
        Assert.Matches(@"native\s*│.*│\s*this machine\s*│", _console.Text);
    }

    [Fact]
    public async Task Lab_run_measures_the_others_when_a_declared_engine_is_unreachable_and_exits_1()
    {
        Assert.Equal(1, await LabAsync("run", "--settle-timeout", "0"));

        Assert.Contains($"start-far: missing and not measured: the engine it declares, ssh://root@127.0.0.1:{_closedPort} (docker_host), does not answer", _console.Text);
        Assert.Matches(@"start-far\s*│[\s│]*unreachable", _console.Text);
        Assert.True(File.Exists(Path.Combine(_site.Source, "_lab", "results", "native.json")));
        Assert.False(File.Exists(Path.Combine(_site.Source, "_lab", "results", "start-far.json")));
    }

    [Fact]
    public async Task A_malformed_engine_address_is_a_positioned_error()
    {
        _site.With("_lab/hosts.yml", "- id: start-far\n  kind: container-start\n  docker_host: tcp//big-box\n");

        Assert.Equal(1, await LabAsync("list"));

        Assert.Contains($"{_site.Source}/_lab/hosts.yml:3:16: docker_host 'tcp//big-box' is not an address", _console.Text);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when the listener is disposed
    }
}
