using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Faults;

/// <summary>A container that never exits, run by the real command line: killed and removed at its sample's timeout.</summary>
public sealed class ContainerTimeoutFaultTests(PrivateDockerDaemonFixture engine) : IClassFixture<PrivateDockerDaemonFixture>, IDisposable
{
    // The idle container (busybox sleep 3600) is left for a minute: far past the sample's three seconds.
    private const string Specs = """
        - id: container-idle-memory
          kind: container-idle-memory
          samples: 1
          warmup: 0
          timeout: 3s
          settle: 60s
        """;

    private readonly LabSite _site = LabSite.With(Specs, "container-idle-memory");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_container_that_never_exits_is_killed_and_removed_at_the_timeout_and_the_run_fails_saying_so()
    {
        var before = FolderSnapshot.Of(_site.Results);

        await using var cli = LabCli.Start(_site, engine.Daemon.Environment, "run", "container-idle-memory", "--force");
        var exit = await cli.ExitAsync(TimeSpan.FromMinutes(2));

        exit.AssertExitCode(1);
        exit.AssertSays("container-idle-memory: container-idle-memory: sample 1/1 took longer than the timeout of 3s; the previous result is kept");
        await engine.Daemon.AssertEmptyAsync();
        Assert.Empty(engine.Daemon.ContainerProcesses());
        before.AssertUnchanged();
        _site.AssertNoTemporaryFilesLeft();
    }
}
