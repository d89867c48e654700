using Blog.Lab.Runtimes.Qemu;

namespace Blog.Lab.Tests.Qemu;

[Collection(QemuCollection.Name)]
public sealed class GuestFailureTests(QemuFixture qemu)
{
    private const string InitThatHangs = "#!/bin/busybox sh\nexec /bin/busybox sleep 100000\n";
    private const string InitThatExits = "#!/bin/busybox sh\nexit 3\n";

    [Fact]
    public async Task A_guest_that_never_reaches_userspace_is_killed_at_the_boot_timeout()
    {
        var launch = await qemu.LaunchWithInitAsync(InitThatHangs, QemuFixture.NewRunId());

        var error = await Assert.ThrowsAsync<VmBootTimeoutException>(
            () => GuestVm.BootAsync(launch, TimeSpan.FromSeconds(15), CancellationToken.None));

        Assert.Contains("did not reach userspace within 15s", error.Message);
        Assert.Empty(HostProcesses.WithArgument(launch.Name));
    }

    [Fact]
    public async Task A_guest_kernel_panic_is_reported_as_a_panic_and_the_VM_is_gone()
    {
        var launch = await qemu.LaunchWithInitAsync(InitThatExits, QemuFixture.NewRunId());

        var error = await Assert.ThrowsAsync<GuestKernelPanicException>(
            () => GuestVm.BootAsync(launch, TimeSpan.FromMinutes(2), CancellationToken.None));

        Assert.Contains("Kernel panic - not syncing: Attempted to kill init", error.Message);
        Assert.Empty(HostProcesses.WithArgument(launch.Name));
    }

    [Fact]
    public async Task Cancelling_a_boot_kills_the_VM()
    {
        var launch = await qemu.LaunchWithInitAsync(InitThatHangs, QemuFixture.NewRunId());
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => GuestVm.BootAsync(launch, TimeSpan.FromMinutes(2), cancel.Token));

        Assert.Empty(HostProcesses.WithArgument(launch.Name));
    }
}
