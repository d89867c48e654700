using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Faults;

/// <summary>
/// The engine goes away: stopped before a run, and stopped in the middle of one. Each test has a dockerd of its
/// own (the machine's serves the other tests), and the real command line runs a container experiment against it.
/// </summary>
[Collection(EngineRestartCollection.Name)]
public sealed class DockerDaemonFaultTests : IAsyncLifetime
{
    // Long enough that the engine is stopped while a container of the run idles.
    private const string Specs = """
        - id: container-idle-memory
          kind: container-idle-memory
          samples: 2
          warmup: 0
          timeout: 2m
          settle: 20s
        """;

    private static readonly TimeSpan CliLimit = TimeSpan.FromMinutes(3);

    private readonly LabSite _site = LabSite.With(Specs, "container-idle-memory");
    private PrivateDockerDaemon _daemon = null!;

    public async Task InitializeAsync() => _daemon = await PrivateDockerDaemon.StartAsync();

    public async Task DisposeAsync()
    {
        await _daemon.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task A_run_against_a_stopped_daemon_is_refused_naming_it_and_touches_nothing()
    {
        await _daemon.StopAsync();
        var before = FolderSnapshot.Of(_site.Results);

        await using var cli = LabCli.Start(_site, _daemon.Environment, "run", "container-idle-memory", "--force");
        var exit = await cli.ExitAsync(CliLimit);

        exit.AssertExitCode(1);
        exit.AssertSays($"nothing was run: Docker is not running at {_daemon.Host}: install docker.io and start dockerd");
        before.AssertUnchanged();
        _site.AssertNoTemporaryFilesLeft();
        await _daemon.StartAgainAsync();
        await _daemon.AssertEmptyAsync();
    }

    [Fact]
    public async Task A_daemon_stopped_during_a_run_fails_it_saying_so_and_keeps_the_previous_result()
    {
        var before = FolderSnapshot.Of(_site.Results);
        await using var cli = LabCli.Start(_site, _daemon.Environment, "run", "container-idle-memory", "--force");
        await Eventually.WaitUntilAsync("a container of the run to be running", CliLimit,
            () => Task.FromResult(_daemon.IdleContainerRuns()), () => cli.Output);

        await _daemon.StopAsync();
        var exit = await cli.ExitAsync(CliLimit);

        exit.AssertExitCode(1);
        exit.AssertSays($"container-idle-memory: Docker at {_daemon.Host} stopped answering during the run");
        exit.AssertSays("then run `dotnet run --project src/Blog -- lab clean` to remove what the run left on the engine; the previous result is kept");
        before.AssertUnchanged();
        _site.AssertNoTemporaryFilesLeft();
        Assert.Empty(_daemon.ContainerProcesses());
    }

    [Fact]
    public async Task What_a_run_interrupted_by_a_stopped_daemon_left_is_labelled_and_removed_by_lab_clean_once_it_is_back()
    {
        await using (var cli = LabCli.Start(_site, _daemon.Environment, "run", "container-idle-memory", "--force"))
        {
            await Eventually.WaitUntilAsync("a container of the run to be running", CliLimit,
                () => Task.FromResult(_daemon.IdleContainerRuns()), () => cli.Output);
            await _daemon.StopAsync();
            (await cli.ExitAsync(CliLimit)).AssertExitCode(1);
        }

        await _daemon.StartAgainAsync();
        var removed = await CleanEngineAsync();

        Assert.Contains(removed, line => line.StartsWith("image blog-lab-busybox:", StringComparison.Ordinal));
        await _daemon.AssertEmptyAsync();
    }

    [Fact]
    public async Task After_a_daemon_crash_during_a_run_a_restart_and_lab_clean_leave_nothing_running_or_stored()
    {
        var before = FolderSnapshot.Of(_site.Results);
        await using (var cli = LabCli.Start(_site, _daemon.Environment, "run", "container-idle-memory", "--force"))
        {
            // Running as the engine has it on disk, not only as the kernel has it: a crash inside the engine's own start of
            // a container (its process started, its state not yet written) leaves a container the restarted engine does not
            // know, under a shim that nothing stops; that is the engine's crash, not the run's.
            await Eventually.WaitUntilAsync("a container of the run to be running", CliLimit,
                async () => _daemon.IdleContainerRuns() && await _daemon.ListsRunningContainerAsync(), () => cli.Output);

            await _daemon.KillAsync();
            var exit = await cli.ExitAsync(CliLimit);

            exit.AssertExitCode(1);
            exit.AssertSays($"container-idle-memory: Docker at {_daemon.Host} stopped answering during the run");
        }
        before.AssertUnchanged();
        _site.AssertNoTemporaryFilesLeft();
        // A crashed engine cannot stop its containers, and the lab cannot reach them: the message said what to do.
        Assert.NotEmpty(_daemon.ContainerProcesses());

        // Started again, the engine stops them, and lab clean removes them and the run's image.
        await _daemon.StartAgainAsync();
        Assert.NotEmpty(await CleanEngineAsync());
        await _daemon.AssertEmptyAsync();
        // The engine stops them as it restarts (a stop signal first, which the idle container's PID 1 ignores, then a
        // kill), and lab clean force-removes them; on a loaded machine the last may leave the cgroup some seconds after.
        await Eventually.WaitUntilAsync("the crashed run's container processes to be gone", TimeSpan.FromSeconds(90),
            () => Task.FromResult(_daemon.ContainerProcesses().Count == 0),
            () => $"still in the engine's cgroups: {string.Join("; ", _daemon.ContainerProcesses().Select(PrivateDockerDaemon.Describe))}\n"
                  + string.Join('\n', _daemon.Log.Split('\n').Where(l => l.Contains("shim", StringComparison.Ordinal) || l.Contains("level=error", StringComparison.Ordinal) || l.Contains("restor", StringComparison.OrdinalIgnoreCase) || l.Contains("kill", StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>
    /// What <c>lab clean</c> does on the engine (the Docker runtime's cleanup, with the lab's label). The whole command
    /// is not run here: it also kills every lab VM on the machine, and other lab tests may be booting theirs.
    /// </summary>
    private Task<IReadOnlyList<string>> CleanEngineAsync() => _daemon.Runtime.CleanLeftoversAsync(CancellationToken.None);
}

/// <summary>
/// Tests that restart a Docker engine run alone, after the others. On a machine loaded by the rest of the suite
/// (QEMU guests under software emulation take whole cores) a restarted dockerd can time out waiting for its own
/// containerd, and containerd, reconnecting to a crashed run's shim, can give the shim up for dead and forget the
/// container while its process runs on under that shim (seen once in a loaded run of this test: the engine listed
/// nothing, the process and its shim were there). These tests are about what the lab does when its engine stops or
/// crashes, and that a restart and <c>lab clean</c> leave nothing; they are not a stress test of the engine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineRestartCollection
{
    public const string Name = "engine restarts";
}
