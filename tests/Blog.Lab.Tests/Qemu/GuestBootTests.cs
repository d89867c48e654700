using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Tests.Qemu;

[Collection(QemuCollection.Name)]
public sealed class GuestBootTests(QemuFixture qemu)
{
    private static readonly TimeSpan BootTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_guest_boots_to_userspace_with_its_own_kernel_under_the_detected_accelerator_and_leaves_no_process()
    {
        var runId = QemuFixture.NewRunId();
        var launch = qemu.Host.Launch(runId, 256, AfterBoot.Idle);

        await using (var vm = await GuestVm.BootAsync(launch, BootTimeout, CancellationToken.None))
        {
            Assert.Equal(qemu.Host.Image.Kernel.Release, vm.Boot.GuestKernel);
            Assert.NotEqual(File.ReadAllText("/proc/sys/kernel/osrelease").Trim(), vm.Boot.GuestKernel);
            Assert.Contains($"-accel {qemu.Host.Accelerator.Name}", launch.ShellLine);
            Assert.True(vm.Boot.WallToUserspace > TimeSpan.Zero && vm.Boot.GuestUptime > TimeSpan.Zero);
            Assert.Single(HostProcesses.WithArgument(launch.Name));
        }

        Assert.Empty(HostProcesses.WithArgument(launch.Name));
    }

    [Fact]
    public async Task A_guest_runs_the_workload_reports_its_times_and_powers_off()
    {
        var launch = (await qemu.LaunchWithInitAsync(GuestInit.Script(ShortLoop), QemuFixture.NewRunId()))
            with { Then = AfterBoot.RunWorkloadThenPowerOff };
        await using var vm = await GuestVm.BootAsync(launch, BootTimeout, CancellationToken.None);

        var (workload, startToExit) = await vm.RunWorkloadToExitAsync(CancellationToken.None);

        Assert.True(vm.HasExited);
        Assert.InRange(workload.HostObserved, TimeSpan.Zero, startToExit - vm.Boot.WallToUserspace);
        Assert.True(workload.GuestClock >= TimeSpan.Zero);
    }

    private const string ShortLoop = "i=0; while [ $i -lt 2000 ]; do i=$((i+1)); done";

    [Fact]
    public async Task The_probe_reports_the_accelerator_it_detected_with_its_reason()
    {
        var probe = await qemu.Runtime.ProbeAsync(CancellationToken.None);

        Assert.True(probe.Available, probe.Message);
        Assert.Contains(qemu.Host.Accelerator.Name, new[] { Accelerator.Kvm, Accelerator.Tcg });
        Assert.Equal(qemu.Host.Accelerator.Label, probe.Facts["accelerator"]);
        Assert.False(string.IsNullOrWhiteSpace(probe.Facts["accelerator_reason"]));
        Assert.Matches(@"^\d+\.\d+", probe.Facts["qemu"]);
    }
}
