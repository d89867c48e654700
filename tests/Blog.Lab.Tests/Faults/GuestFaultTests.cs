using Blog.Lab.Experiments;
using Blog.Lab.Experiments.VirtualMachines;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Running;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Qemu;
using Blog.Lab.Tests.Running;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Faults;

/// <summary>
/// A guest kernel that panics and a guest that hangs, met by a whole lab run of the real boot experiment (the
/// runtime's guest gets another /init): the run fails saying what the guest did, its VM process is gone, its work
/// folder removed, and the previous result stays byte for byte.
/// </summary>
public sealed class GuestFaultTests : IDisposable
{
    private const string InitThatExits = "#!/bin/busybox sh\nexit 3\n";
    private const string InitThatHangs = "#!/bin/busybox sh\nexec /bin/busybox sleep 100000\n";

    private readonly string _temp = TestData.TemporaryDirectory();
    private readonly string _results = TestData.TemporaryDirectory();

    public GuestFaultTests() =>
        File.Copy(Path.Combine(RepositoryFolder.CommittedResults, "vm-boot.json"), Path.Combine(_results, "vm-boot.json"));

    public void Dispose()
    {
        Directory.Delete(_temp, recursive: true);
        Directory.Delete(_results, recursive: true);
    }

    [Fact]
    public async Task A_guest_kernel_panic_fails_the_run_naming_the_panic_and_leaves_no_VM()
    {
        var before = FolderSnapshot.Of(_results);

        var (report, run) = await RunBootWithAsync(InitThatExits, bootTimeout: "3m");

        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Contains("the guest kernel panicked: Kernel panic - not syncing: Attempted to kill init", run.Message);
        Assert.EndsWith("; the previous result is kept", run.Message);
        AssertNothingLeft(report, before);
    }

    [Fact]
    public async Task A_guest_that_hangs_before_userspace_is_killed_at_its_boot_timeout_and_the_run_fails_saying_so()
    {
        var before = FolderSnapshot.Of(_results);

        var (report, run) = await RunBootWithAsync(InitThatHangs, bootTimeout: "20s");

        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Contains($"VM {LabVmName.For(report.RunId)} (", run.Message);
        Assert.Contains("did not reach userspace within 20s and was killed", run.Message);
        AssertNothingLeft(report, before);
    }

    private async Task<(LabRunReport Report, ExperimentRun Run)> RunBootWithAsync(string init, string bootTimeout)
    {
        var qemu = new QemuRuntime(new QemuOptions { GuestInitScript = init });
        var runner = new LabRunner(new ExperimentCatalogue([qemu], [new VmBootExperiment(qemu)]), new ResultStore(_results),
            new LabRunnerOptions { TemporaryRoot = _temp, Settle = SettlePolicy.None });
        var spec = new ExperimentSpec
        {
            Id = "vm-boot", Kind = "vm-boot", Samples = 1, Warmup = 0, Timeout = TimeSpan.FromMinutes(4),
            Parameters = new Dictionary<string, string> { ["boot_timeout"] = bootTimeout, ["memory_mib"] = "128" },
            SourcePath = "test.yml", Line = 1, Column = 3,
        };
        var report = await runner.RunAsync([spec], LabMode.Force, new SynchronousProgress<LabProgress>(_ => { }), CancellationToken.None);
        return (report, Assert.Single(report.Experiments));
    }

    private void AssertNothingLeft(LabRunReport report, FolderSnapshot before)
    {
        Assert.Empty(HostProcesses.WithArgument(LabVmName.For(report.RunId)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
        before.AssertUnchanged();
    }
}
