using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Tests.Qemu;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Faults;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM in the middle of a real run of the command line, once a container or a VM of the
/// run is up: the process exits with the signal's code (130, 143) saying it was interrupted, removes what it started
/// and its work folder, and leaves the previous results as they were.
/// </summary>
public sealed class InterruptionFaultTests(PrivateDockerDaemonFixture engine) : IClassFixture<PrivateDockerDaemonFixture>, IDisposable
{
    private const string Specs = """
        - id: container-idle-memory
          kind: container-idle-memory
          samples: 2
          warmup: 0
          timeout: 2m
          settle: 60s

        - id: vm-idle-memory
          kind: vm-idle-memory
          samples: 2
          warmup: 0
          timeout: 5m
          memory_mib: 128
          settle: 60s
        """;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private readonly LabSite _site = LabSite.With(Specs, "container-idle-memory", "vm-idle-memory");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(Signals.SigInt, 130, "SIGINT")]
    [InlineData(Signals.SigTerm, 143, "SIGTERM")]
    public async Task A_signal_while_a_container_runs_removes_it_and_exits_with_the_signals_code(int signal, int exitCode, string name)
    {
        var before = FolderSnapshot.Of(_site.Results);
        await using var cli = LabCli.Start(_site, engine.Daemon.Environment, "run", "container-idle-memory", "--force");
        await Eventually.WaitUntilAsync("a container of the run to be running", Limit,
            () => Task.FromResult(engine.Daemon.IdleContainerRuns()), () => cli.Output);

        cli.Signal(signal);
        var exit = await cli.ExitAsync(Limit);

        exit.AssertExitCode(exitCode);
        exit.AssertSays($"interrupted by {name}");
        exit.AssertSays("container-idle-memory: cancelled; the previous result is kept");
        await engine.Daemon.AssertEmptyAsync();
        Assert.Empty(engine.Daemon.ContainerProcesses());
        before.AssertUnchanged();
        _site.AssertNoTemporaryFilesLeft();
    }

    [Theory]
    [InlineData(Signals.SigInt, 130, "SIGINT")]
    [InlineData(Signals.SigTerm, 143, "SIGTERM")]
    public async Task A_signal_while_a_VM_runs_kills_it_and_exits_with_the_signals_code(int signal, int exitCode, string name)
    {
        var before = FolderSnapshot.Of(_site.Results);
        await using var cli = LabCli.Start(_site, new Dictionary<string, string>(), "run", "vm-idle-memory", "--force");
        LabVmProcess? vm = null;
        await Eventually.WaitUntilAsync("a VM of the run to be running", Limit, async () =>
        {
            // Only this command line's VMs (other lab tests may boot theirs meanwhile); the accelerator check boots one
            // of its own first (blog-lab-kvm-check-…), the run's VM is named after the run.
            vm = (await LeftoverVms.FindAsync(LabVmName.Prefix, CancellationToken.None))
                .FirstOrDefault(v => cli.IsParentOf(v.ProcessId) && !v.Name.StartsWith(LabVmName.Prefix + "kvm-check-", StringComparison.Ordinal));
            return vm is not null;
        }, () => cli.Output);

        cli.Signal(signal);
        var exit = await cli.ExitAsync(Limit);

        exit.AssertExitCode(exitCode);
        exit.AssertSays($"interrupted by {name}");
        exit.AssertSays($"interrupted: run {vm!.Name[LabVmName.Prefix.Length..]} removed what it had started");
        Assert.Empty(HostProcesses.WithArgument(vm.Name));
        before.AssertUnchanged();
        _site.AssertNoTemporaryFilesLeft();
    }
}
