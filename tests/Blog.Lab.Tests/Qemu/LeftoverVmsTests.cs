using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Tests.Qemu;

[Collection(QemuCollection.Name)]
public sealed class LeftoverVmsTests(QemuFixture qemu)
{
    [Fact]
    public async Task Cleaning_kills_a_lab_VM_left_running_and_names_it()
    {
        var launch = qemu.Host.Launch(QemuFixture.NewRunId(), 128, AfterBoot.Idle);
        // Started without the lab's VM handling, as a crashed lab would have left it.
        await using var stray = ChildProcess.Start(launch.Command, captureOutput: true);

        var killed = await LeftoverVms.KillAsync(launch.Name, CancellationToken.None);

        Assert.Equal([$"VM {launch.Name} (QEMU pid {stray.Id})"], killed);
        await stray.Process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.Empty(HostProcesses.WithArgument(launch.Name));
    }
}
