using System.Net;
using System.Net.Sockets;
using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Containers;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Running;
using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// <c>DOCKER_HOST=ssh://root@127.0.0.1:PORT</c> against a real sshd in front of the real engine: the lab's ssh
/// tunnel carries a whole experiment, the result names the engine it reached, and the tunnel (ssh process and
/// socket folder) is gone afterwards, also when ssh fails, times out or is cancelled.
/// </summary>
public sealed class SshDockerTests(SshServer server) : DockerTest, IClassFixture<SshServer>
{
    private static readonly DockerTimeouts Short = DockerTimeouts.Default with { Operation = TimeSpan.FromSeconds(3) };

    [Fact]
    public async Task A_container_experiment_runs_through_an_ssh_tunnel_and_its_result_names_the_engine_reached()
    {
        var remote = new DockerRuntime(server.Endpoint());
        var results = Path.Combine(WorkDirectory, "results");
        var runner = new LabRunner(new ExperimentCatalogue([remote], [new ContainerStartExperiment(new DockerEngines(remote))]), new ResultStore(results),
            new LabRunnerOptions { TemporaryRoot = WorkDirectory, Settle = SettlePolicy.None });

        var report = await runner.RunAsync([Spec("container-start", samples: 2)], LabMode.Force, new Progress<LabProgress>(), TestTimeout);

        var run = Assert.Single(report.Experiments);
        Assert.True(run.Outcome == RunOutcome.Measured, run.Message);
        Assert.Equal(2, run.Result!.Metrics["create_to_exit_ms"].Samples.Count);
        var docker = run.Result.Provenance.Runtimes["docker"];
        Assert.Equal($"ssh://root@127.0.0.1:{server.Port}", docker["docker_endpoint"]);
        using (var local = await Runtime.OpenAsync(TestTimeout))
            Assert.Equal(local.Engine.HostName, docker[ProvenanceKeys.DockerHost]);
        using (var engine = await Runtime.OpenAsync(TestTimeout))
            Assert.Empty((await new LabCleaner(engine).FindAsync(report.RunId, TestTimeout)).Containers);
        Assert.Empty(SshServer.SshProcessesMentioning(server.Folder));
    }

    [Fact]
    public async Task Ending_the_session_kills_ssh_and_removes_the_tunnel_folder()
    {
        var session = await new DockerRuntime(server.Endpoint()).OpenAsync(TestTimeout);
        var ssh = Assert.Single(SshServer.SshProcessesMentioning(server.Folder));
        var socketFolder = Path.GetDirectoryName(ssh.Argv[Array.IndexOf(ssh.Argv, "-L") + 1].Split(':')[0])!;
        Assert.True(Directory.Exists(socketFolder));
        Assert.StartsWith(SshTunnel.FolderPrefix, Path.GetFileName(socketFolder));

        session.Dispose();

        Assert.Empty(SshServer.SshProcessesMentioning(server.Folder));
        Assert.False(Directory.Exists(socketFolder));
    }

    [Fact]
    public async Task Lab_clean_kills_a_tunnel_a_killed_lab_left_and_removes_its_folder()
    {
        using var leftover = await SshTunnel.OpenAsync(server.Endpoint(), TimeSpan.FromSeconds(20), TestTimeout);
        var folder = Path.GetDirectoryName(leftover.LocalSocket)!;

        var removed = await SshTunnel.RemoveLeftoversAsync(TestTimeout);

        Assert.Contains($"ssh tunnel (pid {leftover.ProcessId}) to root@127.0.0.1", removed);
        Assert.Contains($"ssh tunnel folder {folder}", removed);
        Assert.Empty(SshServer.SshProcessesMentioning(server.Folder));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_key_the_host_refuses_is_a_clear_error_and_leaves_nothing()
    {
        var before = TunnelFolders();

        var probe = await new DockerRuntime(server.Endpoint(server.StrangerKey)).ProbeAsync(TestTimeout);

        Assert.False(probe.Available);
        Assert.StartsWith($"ssh to ssh://root@127.0.0.1:{server.Port} failed (exit 255): ", probe.Message);
        Assert.Contains("Permission denied (publickey)", probe.Message);
        AssertNoTunnelLeft(before);
    }

    [Fact]
    public async Task A_host_that_refuses_the_connection_is_a_clear_error_and_leaves_nothing()
    {
        var before = TunnelFolders();
        var closed = server.Endpoint() with { Uri = new Uri($"ssh://root@127.0.0.1:{ClosedPort()}") };

        var error = await Assert.ThrowsAsync<DockerUnavailableException>(() => new DockerRuntime(closed).OpenAsync(TestTimeout));

        Assert.Contains("Connection refused", error.Message);
        AssertNoTunnelLeft(before);
    }

    [Fact]
    public async Task A_host_that_never_answers_times_out_and_leaves_nothing()
    {
        using var silent = SilentListener(out var port);
        var before = TunnelFolders();
        var mute = server.Endpoint() with { Uri = new Uri($"ssh://root@127.0.0.1:{port}") };

        var error = await Assert.ThrowsAsync<DockerUnavailableException>(() => new DockerRuntime(mute, Short).OpenAsync(TestTimeout));

        Assert.Contains($"ssh to ssh://root@127.0.0.1:{port}", error.Message);
        AssertNoTunnelLeft(before);
    }

    [Fact]
    public async Task Cancelling_while_ssh_connects_leaves_nothing()
    {
        using var silent = SilentListener(out var port);
        var before = TunnelFolders();
        var mute = server.Endpoint() with { Uri = new Uri($"ssh://root@127.0.0.1:{port}") };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DockerRuntime(mute).OpenAsync(cancel.Token));

        AssertNoTunnelLeft(before);
    }

    private void AssertNoTunnelLeft(IReadOnlySet<string> foldersBefore)
    {
        Assert.Empty(SshServer.SshProcessesMentioning(server.Folder));
        Assert.Empty(TunnelFolders().Except(foldersBefore));
    }

    private static IReadOnlySet<string> TunnelFolders() =>
        Directory.EnumerateDirectories(Path.GetTempPath(), SshTunnel.FolderPrefix + "*").ToHashSet();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when the listener is disposed
    }

    /// <summary>A port that accepts connections and never says anything: an ssh server that hangs.</summary>
    private static TcpListener SilentListener(out int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        return listener;
    }
}
